package org.gridgov.cases.dispatch;

/** What came of a department's handling (the {@code outcome} of {@code DepartmentFeedback}). */
enum FeedbackOutcome {
    RESOLVED,
    PARTIALLY_RESOLVED,
    /** The case is not the department's: it goes back to the level that dispatched it. */
    NOT_OUR_RESPONSIBILITY
}
