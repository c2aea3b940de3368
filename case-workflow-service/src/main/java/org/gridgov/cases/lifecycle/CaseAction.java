package org.gridgov.cases.lifecycle;

/** What someone (or the routing) does to a case; each one is a row of the audit trail. */
public enum CaseAction {
    REPORT,
    /** A command centre puts a case it holds without a place into a grid. */
    PLACE,
    FILE,
    REJECT,
    ASSIGN,
    ESCALATE,
    DISPATCH,
    /** The holder settles the case itself (a grid worker on the spot, a village or town on its own). */
    RESOLVE,
    /** A department reports what it did. */
    FEEDBACK,
    /** A department hands back a case it does not own. */
    RETURN,
    VERIFY,
    REOPEN,
    CLOSE,
    EVALUATE,
    SUPERVISE,
    /** A report is linked to the open case it repeats. */
    LINK,
    /** An operator separates a linked report from the case it was taken to repeat. */
    UNLINK,
    /**
     * The dispute the case is about went to mediation, or moved up a level there: the case waits
     * for the dispute's outcome, its deadline paused.
     */
    MEDIATE
}
