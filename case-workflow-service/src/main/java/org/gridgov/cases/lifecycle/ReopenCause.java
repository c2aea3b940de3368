package org.gridgov.cases.lifecycle;

/** Who sent a case back to its handler for rework, and so from which state it may come. */
public enum ReopenCause {
    /** Verification on site failed: from HANDLED. */
    VERIFICATION,
    /** A command centre governing the unit holding the case: from CLOSED or EVALUATED. */
    SUPERVISOR,
    /** The handler of the department that handled it: from CLOSED or EVALUATED. */
    DEPARTMENT,
    /** The resident rated the result low soon after the close: from EVALUATED. */
    RESIDENT;

    /** Whether this cause reopens a closed case rather than one waiting for verification. */
    public boolean afterClose() {
        return this != VERIFICATION;
    }
}
