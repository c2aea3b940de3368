package org.gridgov.disputes.sessions;

/** What a session came to. */
public enum SessionOutcome {
    AGREED, NOT_AGREED, ADJOURNED
}
