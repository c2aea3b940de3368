package org.gridgov.disputes.lifecycle;

/** What a follow-up visit found about an agreement. */
public enum Performance {
    PERFORMED, PARTIALLY_PERFORMED, NOT_PERFORMED
}
