package org.gridgov.disputes.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.disputes.escalation.ExampleDisputes.ARRIVED;
import static org.gridgov.disputes.escalation.ExampleDisputes.DEADLINES;
import static org.gridgov.disputes.escalation.ExampleDisputes.LEVELS;
import static org.gridgov.disputes.escalation.ExampleDisputes.held;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.gridgov.disputes.levels.DisputeType;
import org.gridgov.disputes.levels.Level;
import org.gridgov.disputes.levels.Placement;
import org.gridgov.disputes.levels.RiskLevel;
import org.gridgov.disputes.levels.Room;
import org.gridgov.disputes.lifecycle.Dispute;
import org.gridgov.disputes.lifecycle.DisputeState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OverdueRuleTest {

    private final OverdueRule rule = new OverdueRule(LEVELS);

    @Test
    void villageDisputeWithTimeLeftStaysInTheVillage() {
        Dispute quarrel = held(DisputeType.NEIGHBOURS, Level.VILLAGE, RiskLevel.MEDIUM, Set.of(), 3);

        OverdueRule.Consequence consequence = rule.consequence(quarrel, quarrel.dueAt().minusSeconds(1));

        assertThat(consequence).isEqualTo(new OverdueRule.NotDue());
    }

    @Test
    void villageDisputeClimbsToTheTownTheMomentItsFifteenDaysRunOut() {
        Dispute quarrel = held(DisputeType.NEIGHBOURS, Level.VILLAGE, RiskLevel.MEDIUM, Set.of(), 3);

        OverdueRule.Consequence consequence = rule.consequence(quarrel, ARRIVED.plus(Duration.ofDays(15)));

        assertThat(consequence).isEqualTo(new OverdueRule.Climb(new Placement(Level.TOWN, null)));
    }

    @Test
    void quarrelLeftInTheGridPastItsThreeDaysGoesToTheVillageCommittee() {
        Dispute quarrel = held(DisputeType.NEIGHBOURS, Level.GRID, RiskLevel.LOW, Set.of(), 2);

        OverdueRule.Consequence consequence = rule.consequence(quarrel, ARRIVED.plus(Duration.ofDays(3)));

        assertThat(consequence).isEqualTo(new OverdueRule.Climb(new Placement(Level.VILLAGE, null)));
    }

    @Test
    void wageArrearsOverdueAtTheTownGoToTheCountysLabourRoom() {
        Dispute arrears = held(DisputeType.LABOUR, Level.TOWN, RiskLevel.LOW, Set.of(), 8);

        OverdueRule.Consequence consequence = rule.consequence(arrears, arrears.dueAt());

        assertThat(consequence).isEqualTo(new OverdueRule.Climb(new Placement(Level.COUNTY, Room.LABOUR)));
    }

    @Test
    void deadlineMissedLongAgoClimbsOneLevelNotThroughEveryLevelWhoseTimeWouldHaveRunOut() {
        Dispute quarrel = held(DisputeType.NEIGHBOURS, Level.VILLAGE, RiskLevel.MEDIUM, Set.of(), 3);
        Instant fiftyDaysLater = ARRIVED.plus(Duration.ofDays(50));

        OverdueRule.Consequence consequence = rule.consequence(quarrel, fiftyDaysLater);

        assertThat(consequence).isEqualTo(new OverdueRule.Climb(new Placement(Level.TOWN, null)));
    }

    @Test
    void medicalDisputeOverdueAtTheCountyIsNotedForNothingIsAbove() {
        Dispute medical = held(DisputeType.MEDICAL, Level.COUNTY, RiskLevel.LOW, Set.of(), 2);

        OverdueRule.Consequence consequence = rule.consequence(medical, medical.dueAt().plusSeconds(60));

        assertThat(consequence).isEqualTo(new OverdueRule.NoteAtTheTop());
    }

    @Test
    void overrunNotedOnceIsNotNotedAgain() {
        Dispute medical = held(DisputeType.MEDICAL, Level.COUNTY, RiskLevel.LOW, Set.of(), 2);
        Dispute noted = medical.overdueNoted(medical.dueAt());

        OverdueRule.Consequence consequence = rule.consequence(noted, medical.dueAt().plus(Duration.ofDays(30)));

        assertThat(consequence).isEqualTo(new OverdueRule.NotDue());
    }

    @Test
    void reopenedCountyDisputeHasANewDeadlineWithItsOwnConsequence() {
        Dispute medical = held(DisputeType.MEDICAL, Level.COUNTY, RiskLevel.LOW, Set.of(), 2);
        Instant reopenedAt = medical.dueAt().plus(Duration.ofDays(60));
        Dispute reopened = medical.overdueNoted(medical.dueAt())
                .reopened(reopenedAt, DEADLINES.dueAt(Level.COUNTY, reopenedAt));

        OverdueRule.Consequence early = rule.consequence(reopened, reopenedAt.plus(Duration.ofDays(44)));
        OverdueRule.Consequence late = rule.consequence(reopened, reopenedAt.plus(Duration.ofDays(45)));

        assertThat(early).isEqualTo(new OverdueRule.NotDue());
        assertThat(late).isEqualTo(new OverdueRule.NoteAtTheTop());
    }

    @ParameterizedTest
    @EnumSource(value = DisputeState.class, names = {"SETTLED", "CLOSED", "REFERRED"})
    void disputeNoLongerBeingMediatedNeverEscalatesOnTime(DisputeState state) {
        Dispute settled = held(DisputeType.NEIGHBOURS, Level.VILLAGE, RiskLevel.MEDIUM, Set.of(), 3).in(state);

        OverdueRule.Consequence consequence = rule.consequence(settled, ARRIVED.plus(Duration.ofDays(100)));

        assertThat(consequence).isEqualTo(new OverdueRule.NotDue());
    }
}
