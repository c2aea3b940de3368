package org.gridgov.cases.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import static org.gridgov.cases.lifecycle.CaseState.ASSIGNED;
import static org.gridgov.cases.lifecycle.CaseState.CLOSED;
import static org.gridgov.cases.lifecycle.CaseState.DISPATCHED;
import static org.gridgov.cases.lifecycle.CaseState.DUPLICATE;
import static org.gridgov.cases.lifecycle.CaseState.ESCALATED;
import static org.gridgov.cases.lifecycle.CaseState.EVALUATED;
import static org.gridgov.cases.lifecycle.CaseState.FILED;
import static org.gridgov.cases.lifecycle.CaseState.HANDLED;
import static org.gridgov.cases.lifecycle.CaseState.REJECTED;
import static org.gridgov.cases.lifecycle.CaseState.REOPENED;
import static org.gridgov.cases.lifecycle.CaseState.REPORTED;
import static org.gridgov.cases.lifecycle.CaseState.VERIFIED;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.gridgov.cases.routing.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CaseStateMachineTest {

    /** The loop of ARCHITECTURE.md, written out by hand: everything not listed here is illegal. */
    private static final Map<CaseState, Map<CaseAction, CaseState>> LOOP = new EnumMap<>(Map.ofEntries(
            Map.entry(REPORTED, Map.of(FILE, FILED, REJECT, REJECTED, LINK, DUPLICATE)),
            Map.entry(DUPLICATE, Map.of(UNLINK, REPORTED)),
            Map.entry(FILED, Map.of(PLACE, FILED, ASSIGN, ASSIGNED, ESCALATE, ESCALATED, DISPATCH, DISPATCHED,
                    SUPERVISE, FILED, REJECT, REJECTED)),
            Map.entry(ASSIGNED, Map.of(ESCALATE, ESCALATED, DISPATCH, DISPATCHED, RESOLVE, HANDLED, SUPERVISE, ASSIGNED,
                    REJECT, REJECTED)),
            Map.entry(ESCALATED, Map.of(ESCALATE, ESCALATED, DISPATCH, DISPATCHED, RESOLVE, HANDLED, SUPERVISE, ESCALATED,
                    REJECT, REJECTED)),
            Map.entry(DISPATCHED, Map.of(FEEDBACK, HANDLED, SUPERVISE, DISPATCHED)),
            Map.entry(HANDLED, Map.of(VERIFY, VERIFIED, REOPEN, REOPENED, SUPERVISE, HANDLED)),
            Map.entry(VERIFIED, Map.of(CLOSE, CLOSED)),
            Map.entry(REOPENED, Map.of(ESCALATE, ESCALATED, DISPATCH, DISPATCHED, RESOLVE, HANDLED, FEEDBACK, HANDLED,
                    SUPERVISE, REOPENED)),
            Map.entry(CLOSED, Map.of(EVALUATE, EVALUATED, REOPEN, REOPENED)),
            Map.entry(EVALUATED, Map.of(REOPEN, REOPENED))));

    /** A dispute's case waits where it stands while the dispute is mediated, and closes with its outcome. */
    private static final Map<CaseState, Map<CaseAction, CaseState>> WITH_A_DISPUTE = new EnumMap<>(Map.of(
            FILED, Map.of(MEDIATE, FILED, CLOSE, CLOSED),
            ASSIGNED, Map.of(MEDIATE, ASSIGNED, CLOSE, CLOSED),
            ESCALATED, Map.of(MEDIATE, ESCALATED, CLOSE, CLOSED),
            DISPATCHED, Map.of(MEDIATE, DISPATCHED, CLOSE, CLOSED),
            HANDLED, Map.of(MEDIATE, HANDLED, CLOSE, CLOSED),
            REOPENED, Map.of(MEDIATE, REOPENED, CLOSE, CLOSED)));

    private final CaseStateMachine machine = new CaseStateMachine();

    static Stream<Arguments> legalMoves() {
        List<Arguments> moves = new ArrayList<>();
        LOOP.forEach((from, actions) -> actions.forEach((action, to) -> moves.add(Arguments.of(from, action, to))));
        WITH_A_DISPUTE.forEach((from, actions) -> actions.forEach((action, to) -> moves.add(Arguments.of(from, action, to))));
        return moves.stream();
    }

    static Stream<Arguments> illegalMoves() {
        List<Arguments> moves = new ArrayList<>();
        for (CaseState from : CaseState.values()) {
            for (CaseAction action : CaseAction.values()) {
                boolean listed = LOOP.getOrDefault(from, Map.of()).containsKey(action)
                        || WITH_A_DISPUTE.getOrDefault(from, Map.of()).containsKey(action);
                boolean returned = from == DISPATCHED && action == RETURN;
                if (!listed && !returned) {
                    moves.add(Arguments.of(from, action));
                }
            }
        }
        return moves.stream();
    }

    @ParameterizedTest(name = "{0} --{1}--> {2}")
    @MethodSource("legalMoves")
    void everyLegalActionLeadsWhereTheLoopSays(CaseState from, CaseAction action, CaseState to) {
        CaseState reached = machine.next(from, action, Level.GRID);

        assertThat(reached).isEqualTo(to);
        assertThat(machine.permits(from, action)).isTrue();
    }

    @ParameterizedTest(name = "{0} refuses {1}")
    @MethodSource("illegalMoves")
    void everyOtherActionIsRefusedNamingTheStateAndTheAction(CaseState from, CaseAction action) {
        assertThat(machine.permits(from, action)).isFalse();
        assertThatThrownBy(() -> machine.next(from, action, Level.TOWN))
                .isInstanceOfSatisfying(IllegalTransitionException.class, refused -> {
                    assertThat(refused.state()).isEqualTo(from);
                    assertThat(refused.action()).isEqualTo(action);
                    assertThat(refused.slug()).isEqualTo("illegal-transition");
                })
                .hasMessageContaining(from.name()).hasMessageContaining(action.name());
    }

    @Test
    void caseReturnedByADepartmentGoesBackToTheGridWorkerWhenTheGridDispatchedIt() {
        CaseState back = machine.next(DISPATCHED, RETURN, Level.GRID);

        assertThat(back).isEqualTo(ASSIGNED);
    }

    @Test
    void caseReturnedByADepartmentGoesBackToTheLevelThatDispatchedIt() {
        for (Level level : List.of(Level.VILLAGE, Level.TOWN, Level.COUNTY)) {
            CaseState back = machine.next(DISPATCHED, RETURN, level);

            assertThat(back).as("returned to %s", level).isEqualTo(ESCALATED);
        }
    }

    @Test
    void rejectedCasesTakeNoFurtherAction() {
        for (CaseAction action : CaseAction.values()) {
            assertThat(machine.permits(REJECTED, action)).as("%s after REJECTED", action).isFalse();
        }
    }

    @Test
    void disputeSettledOrReferredClosesTheCaseFromWhereverItWaited() {
        for (CaseState waiting : List.of(FILED, ASSIGNED, ESCALATED, DISPATCHED, HANDLED, REOPENED)) {
            assertThat(machine.next(waiting, MEDIATE, Level.VILLAGE)).as("mediated from %s", waiting).isEqualTo(waiting);
            assertThat(machine.next(waiting, CLOSE, Level.VILLAGE)).as("closed from %s", waiting).isEqualTo(CLOSED);
        }
    }

    @Test
    void onlyFiledOpenCasesGoToMediation() {
        assertThat(Stream.of(CaseState.values()).filter(state -> machine.permits(state, MEDIATE)))
                .containsExactlyInAnyOrder(FILED, ASSIGNED, ESCALATED, DISPATCHED, HANDLED, REOPENED);
    }

    @Test
    void anEvaluatedCaseCanOnlyBeReopened() {
        assertThat(Stream.of(CaseAction.values()).filter(action -> machine.permits(EVALUATED, action)))
                .containsExactly(REOPEN);
    }

    @Test
    void operatorsRejectOnlyBeforeADepartmentTookTheCase() {
        assertThat(Stream.of(CaseState.values()).filter(state -> machine.permits(state, REJECT)))
                .containsExactlyInAnyOrder(REPORTED, FILED, ASSIGNED, ESCALATED);
    }

    @Test
    void onlyOpenCasesCanBeSupervised() {
        assertThat(Stream.of(CaseState.values()).filter(state -> machine.permits(state, SUPERVISE)))
                .containsExactlyInAnyOrder(FILED, ASSIGNED, ESCALATED, DISPATCHED, HANDLED, REOPENED);
    }
}
