package org.gridgov.disputes.escalation;

/**
 * Why a dispute climbs: mediation failed at its level, a mediator sends it up, its level's time limit
 * ran out, or its risk rose beyond what its level handles. The last two are never asked for by staff.
 */
enum EscalationCause {
    MEDIATION_FAILED, EXPLICIT, OVERDUE, RISK_RAISED
}
