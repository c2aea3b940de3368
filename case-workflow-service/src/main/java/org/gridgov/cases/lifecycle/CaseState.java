package org.gridgov.cases.lifecycle;

/** Where a case stands in the closed loop. */
public enum CaseState {
    REPORTED,
    FILED,
    REJECTED,
    /** Held at its grid by the grid worker, who handles it there first. */
    ASSIGNED,
    /** Held at a level above the grid (village, town or county). */
    ESCALATED,
    DISPATCHED,
    HANDLED,
    VERIFIED,
    /** Verification failed: back to its handler for rework. */
    REOPENED,
    CLOSED,
    EVALUATED,
    /** A report linked to an open case it repeats; not a case of its own unless an operator unlinks it. */
    DUPLICATE;

    /** Whether someone still has to act on the case before it closes. */
    public boolean isOpen() {
        return switch (this) {
            case REJECTED, CLOSED, EVALUATED, DUPLICATE -> false;
            default -> true;
        };
    }
}
