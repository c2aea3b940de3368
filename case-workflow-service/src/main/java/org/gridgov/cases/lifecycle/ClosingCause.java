package org.gridgov.cases.lifecycle;

/** Why a case closed (the {@code cause} of {@code CaseClosed}). */
public enum ClosingCause {
    /** Its handling passed verification on site. */
    VERIFIED,
    /** The dispute it went to mediation for was settled by an agreement. */
    SETTLED,
    /** The dispute it went to mediation for was referred to a court, an arbitration body or the petition office. */
    REFERRED
}
