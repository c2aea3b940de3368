package org.gridgov.disputes.lifecycle;

import org.gridgov.runtime.web.RuleViolation;

/**
 * The course of a dispute: mediated while open (sessions, risk, escalation), then settled or referred; a
 * settled dispute is closed when a follow-up finds the agreement performed, and reopened at its
 * level when the terms were not performed by the agreed day.
 */
public final class DisputeStateMachine {

    /** The state after {@code action}; a follow-up's result depends on what it found, see {@link #afterFollowUp}. */
    public DisputeState after(DisputeState from, DisputeAction action) {
        return switch (action) {
            case ADD_PARTY, SCHEDULE_SESSION, RECORD_SESSION, RAISE_RISK, ESCALATE -> require(from, DisputeState.OPEN, action);
            case SETTLE -> next(from, DisputeState.OPEN, action, DisputeState.SETTLED);
            case REFER -> next(from, DisputeState.OPEN, action, DisputeState.REFERRED);
            case FOLLOW_UP -> require(from, DisputeState.SETTLED, action);
        };
    }

    /**
     * The state after a follow-up visit. A performed agreement closes the dispute; one not (fully)
     * performed reopens it once the day to perform by has passed, and before that waits for another visit.
     *
     * @param performByPassed whether the agreement's last day for performance lies behind the visit
     *                        (true when the agreement set no such day: it was due at signing)
     */
    public DisputeState afterFollowUp(DisputeState from, Performance performance, boolean performByPassed) {
        require(from, DisputeState.SETTLED, DisputeAction.FOLLOW_UP);
        if (performance == Performance.PERFORMED) {
            return DisputeState.CLOSED;
        }
        return performByPassed ? DisputeState.OPEN : DisputeState.SETTLED;
    }

    private static DisputeState next(DisputeState from, DisputeState required, DisputeAction action, DisputeState to) {
        require(from, required, action);
        return to;
    }

    private static DisputeState require(DisputeState from, DisputeState required, DisputeAction action) {
        if (from != required) {
            throw new RuleViolation("illegal-transition", "a dispute that is " + from + " cannot take " + action)
                    .with("state", from.name())
                    .with("action", action.name());
        }
        return from;
    }
}
