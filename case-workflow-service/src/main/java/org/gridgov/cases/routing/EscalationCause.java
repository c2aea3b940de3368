package org.gridgov.cases.routing;

/** Why a case arrived at a higher level. */
public enum EscalationCause {
    /** The holder asked, with a reason. */
    EXPLICIT,
    /** The time limit at the level ran out. */
    OVERDUE,
    /** Many people involved or a risk flag put it higher than its category would. */
    SEVERITY,
    /** Its category is handled above the grid. */
    CATEGORY
}
