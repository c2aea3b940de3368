package org.gridgov.cases.lifecycle;

import static org.gridgov.cases.lifecycle.CaseAction.ASSIGN;
import static org.gridgov.cases.lifecycle.CaseAction.CLOSE;
import static org.gridgov.cases.lifecycle.CaseAction.DISPATCH;
import static org.gridgov.cases.lifecycle.CaseAction.ESCALATE;
import static org.gridgov.cases.lifecycle.CaseAction.EVALUATE;
import static org.gridgov.cases.lifecycle.CaseAction.FEEDBACK;
import static org.gridgov.cases.lifecycle.CaseAction.FILE;
import static org.gridgov.cases.lifecycle.CaseAction.LINK;
import static org.gridgov.cases.lifecycle.CaseAction.MEDIATE;
import static org.gridgov.cases.lifecycle.CaseAction.PLACE;
import static org.gridgov.cases.lifecycle.CaseAction.REJECT;
import static org.gridgov.cases.lifecycle.CaseAction.REOPEN;
import static org.gridgov.cases.lifecycle.CaseAction.RESOLVE;
import static org.gridgov.cases.lifecycle.CaseAction.RETURN;
import static org.gridgov.cases.lifecycle.CaseAction.SUPERVISE;
import static org.gridgov.cases.lifecycle.CaseAction.UNLINK;
import static org.gridgov.cases.lifecycle.CaseAction.VERIFY;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.gridgov.cases.routing.Level;

/**
 * The closed loop as a table: which action may follow which state, and where it leads.
 * <pre>
 * REPORTED → FILED | REJECTED | DUPLICATE (linked to the open case it repeats); DUPLICATE → REPORTED (unlinked)
 * FILED → FILED (placed by a command centre)
 * FILED → ASSIGNED (grid) | ESCALATED (level) | DISPATCHED
 * ASSIGNED, ESCALATED, REOPENED → ESCALATED | DISPATCHED | HANDLED (resolved by the holder)
 * DISPATCHED → HANDLED (feedback) | back to the holder (returned)
 * HANDLED → VERIFIED → CLOSED → EVALUATED;  HANDLED → REOPENED (verification failed, rework)
 * FILED, ASSIGNED, ESCALATED, DISPATCHED, HANDLED, REOPENED → the same (its dispute in mediation) | CLOSED (settled or referred)
 * FILED, ASSIGNED, ESCALATED → REJECTED (an operator: a prank, a duplicate, no government matter, invalid)
 * CLOSED, EVALUATED → REOPENED (a supervisor, the department, or the resident's low rating soon after the close)
 * </pre>
 * Supervision flags an open case without moving it. While a case's dispute is in mediation,
 * {@link MediationRule} narrows what it may take.
 */
public final class CaseStateMachine {

    private static final Map<CaseState, Map<CaseAction, CaseState>> MOVES = new EnumMap<>(CaseState.class);

    static {
        allow(CaseState.REPORTED, FILE, CaseState.FILED);
        allow(CaseState.REPORTED, REJECT, CaseState.REJECTED);
        allow(CaseState.REPORTED, LINK, CaseState.DUPLICATE);
        // Unlinked, the report is filed and routed as if it had just arrived.
        allow(CaseState.DUPLICATE, UNLINK, CaseState.REPORTED);

        // A case filed without a place, or in a grid without a worker, waits for a centre to place it.
        allow(CaseState.FILED, PLACE, CaseState.FILED);
        allow(CaseState.FILED, ASSIGN, CaseState.ASSIGNED);
        allow(CaseState.FILED, ESCALATE, CaseState.ESCALATED);
        // A hotline call the county centre files without a place can go to a department at once.
        allow(CaseState.FILED, DISPATCH, CaseState.DISPATCHED);

        for (CaseState held : new CaseState[] {CaseState.ASSIGNED, CaseState.ESCALATED, CaseState.REOPENED}) {
            allow(held, ESCALATE, CaseState.ESCALATED);
            allow(held, DISPATCH, CaseState.DISPATCHED);
            allow(held, RESOLVE, CaseState.HANDLED);
        }
        // Rework of a department's handling goes back to the department.
        allow(CaseState.REOPENED, FEEDBACK, CaseState.HANDLED);

        allow(CaseState.DISPATCHED, FEEDBACK, CaseState.HANDLED);
        allow(CaseState.HANDLED, VERIFY, CaseState.VERIFIED);
        allow(CaseState.HANDLED, REOPEN, CaseState.REOPENED);
        allow(CaseState.VERIFIED, CLOSE, CaseState.CLOSED);
        allow(CaseState.CLOSED, EVALUATE, CaseState.EVALUATED);

        // The dispute a case is about goes to mediation from wherever the case stands, and the case
        // closes with the dispute's settlement or referral, without a verification of its own.
        for (CaseState held : new CaseState[] {CaseState.FILED, CaseState.ASSIGNED, CaseState.ESCALATED,
                CaseState.DISPATCHED, CaseState.HANDLED, CaseState.REOPENED}) {
            allow(held, MEDIATE, held);
            allow(held, CLOSE, CaseState.CLOSED);
        }

        // A command centre rejects a report that is no case for the government before a department
        // has taken it; once dispatched, the department returns what is not its own.
        for (CaseState beforeDepartment : new CaseState[] {CaseState.FILED, CaseState.ASSIGNED, CaseState.ESCALATED}) {
            allow(beforeDepartment, REJECT, CaseState.REJECTED);
        }
        // A closed case whose problem is back (or was never gone) returns to its handler for rework.
        allow(CaseState.CLOSED, REOPEN, CaseState.REOPENED);
        allow(CaseState.EVALUATED, REOPEN, CaseState.REOPENED);

        for (CaseState state : CaseState.values()) {
            if (state.isOpen() && state != CaseState.REPORTED && state != CaseState.VERIFIED) {
                allow(state, SUPERVISE, state);
            }
        }
    }

    private static void allow(CaseState from, CaseAction action, CaseState to) {
        MOVES.computeIfAbsent(from, state -> new EnumMap<>(CaseAction.class)).put(action, to);
    }

    /**
     * The state {@code action} leads to from {@code from}, for a case held at {@code holding}.
     *
     * @throws IllegalTransitionException when the loop does not allow the action in that state
     */
    public CaseState next(CaseState from, CaseAction action, Level holding) {
        if (action == RETURN && from == CaseState.DISPATCHED) {
            // A returned case goes back to whoever dispatched it: the grid worker or the level's centre.
            return holding == Level.GRID ? CaseState.ASSIGNED : CaseState.ESCALATED;
        }
        return allowed(from, action).orElseThrow(() -> new IllegalTransitionException(from, action));
    }

    /** Whether the action is allowed in the state at all. */
    public boolean permits(CaseState from, CaseAction action) {
        return (action == RETURN && from == CaseState.DISPATCHED) || allowed(from, action).isPresent();
    }

    private static Optional<CaseState> allowed(CaseState from, CaseAction action) {
        return Optional.ofNullable(MOVES.getOrDefault(from, Map.of()).get(action));
    }
}
