package org.gridgov.disputes.lifecycle;

import org.gridgov.runtime.web.RuleViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.disputes.lifecycle.DisputeAction.*;
import static org.gridgov.disputes.lifecycle.DisputeState.*;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DisputeStateMachineTest {

    /** Every action allowed in each state, and the state it leads to; everything else is refused. */
    private static final Map<DisputeState, Map<DisputeAction, DisputeState>> ALLOWED = Map.of(
            OPEN, Map.of(ADD_PARTY, OPEN, SCHEDULE_SESSION, OPEN, RECORD_SESSION, OPEN, RAISE_RISK, OPEN, ESCALATE, OPEN,
                    SETTLE, SETTLED, REFER, REFERRED),
            SETTLED, Map.of(FOLLOW_UP, SETTLED),
            CLOSED, Map.of(),
            REFERRED, Map.of());

    private final DisputeStateMachine machine = new DisputeStateMachine();

    @ParameterizedTest
    @EnumSource(DisputeState.class)
    void eachStateAllowsExactlyItsActions(DisputeState state) {
        for (DisputeAction action : DisputeAction.values()) {
            DisputeState expected = ALLOWED.get(state).get(action);
            if (expected != null) {
                assertThat(machine.after(state, action)).as("%s in %s", action, state).isEqualTo(expected);
            } else {
                assertThatThrownBy(() -> machine.after(state, action)).as("%s in %s", action, state)
                        .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                            assertThat(violation.slug()).isEqualTo("illegal-transition");
                            assertThat(violation.properties()).containsEntry("state", state.name())
                                    .containsEntry("action", action.name());
                        });
            }
        }
    }

    @Test
    void neighboursQuarrelSettledInTheVillageClosesWhenTheAgreementIsPerformed() {
        DisputeState state = OPEN;

        state = machine.after(state, SCHEDULE_SESSION);
        state = machine.after(state, RECORD_SESSION);
        state = machine.after(state, SETTLE);
        state = machine.afterFollowUp(state, Performance.PERFORMED, false);

        assertThat(state).isEqualTo(CLOSED);
    }

    @Test
    void failedVillageMediationClimbsToTheTownAndIsThenReferredToCourt() {
        DisputeState state = OPEN;

        state = machine.after(state, RECORD_SESSION);
        state = machine.after(state, ESCALATE);
        state = machine.after(state, RECORD_SESSION);
        state = machine.after(state, REFER);

        assertThat(state).isEqualTo(REFERRED);
        assertThatThrownBy(() -> machine.after(REFERRED, ESCALATE)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void termsNotPerformedByTheAgreedDayReopenTheDispute() {
        assertThat(machine.afterFollowUp(SETTLED, Performance.NOT_PERFORMED, true)).isEqualTo(OPEN);
        assertThat(machine.afterFollowUp(SETTLED, Performance.PARTIALLY_PERFORMED, true)).isEqualTo(OPEN);
    }

    @Test
    void termsNotYetPerformedBeforeTheAgreedDayWaitForAnotherVisit() {
        assertThat(machine.afterFollowUp(SETTLED, Performance.NOT_PERFORMED, false)).isEqualTo(SETTLED);
        assertThat(machine.afterFollowUp(SETTLED, Performance.PARTIALLY_PERFORMED, false)).isEqualTo(SETTLED);
    }

    @Test
    void performedAgreementNeverReopens() {
        for (boolean passed : new boolean[] {true, false}) {
            assertThat(machine.afterFollowUp(SETTLED, Performance.PERFORMED, passed)).isEqualTo(CLOSED);
        }
    }

    @Test
    void onlyASettledDisputeIsFollowedUp() {
        for (DisputeState state : EnumSet.complementOf(EnumSet.of(SETTLED))) {
            assertThatThrownBy(() -> machine.afterFollowUp(state, Performance.PERFORMED, true))
                    .isInstanceOf(RuleViolation.class);
        }
    }

    @Test
    void closedAndReferredDisputesAreFinal() {
        for (DisputeState state : Set.of(CLOSED, REFERRED)) {
            assertThat(ALLOWED.get(state)).isEmpty();
        }
    }
}
