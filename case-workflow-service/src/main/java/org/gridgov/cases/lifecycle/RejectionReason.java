package org.gridgov.cases.lifecycle;

/** Why a command centre rejected a filed case: a fixed list, so the assessment can count each. */
public enum RejectionReason {
    /** Made up to tease or to waste the centre's time. */
    PRANK,
    /** The same problem is already a case, found by hand after filing. */
    DUPLICATE,
    /** A private or commercial matter, or one for the courts: not the government's to handle. */
    NOT_GOVERNMENT_MATTER,
    /** Nothing anyone can act on: no problem described, a place that cannot be found, unverifiable. */
    INVALID
}
