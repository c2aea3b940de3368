package org.gridgov.disputes.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.disputes.escalation.ExampleDisputes.LEVELS;
import static org.gridgov.disputes.escalation.ExampleDisputes.held;

import java.util.Optional;
import java.util.Set;

import org.gridgov.disputes.levels.DisputeType;
import org.gridgov.disputes.levels.Level;
import org.gridgov.disputes.levels.Placement;
import org.gridgov.disputes.levels.Risk;
import org.gridgov.disputes.levels.RiskLevel;
import org.gridgov.disputes.lifecycle.Dispute;
import org.gridgov.runtime.web.RuleViolation;
import org.junit.jupiter.api.Test;

/** Raising a dispute's risk, against the rule table as application.yaml configures it. */
class RaisedRiskRuleTest {

    private final RaisedRiskRule rule = new RaisedRiskRule(LEVELS);

    @Test
    void villageQuarrelFoundToBeHighRiskGoesToTheTownAtOnce() {
        Dispute quarrel = held(DisputeType.NEIGHBOURS, Level.VILLAGE, RiskLevel.MEDIUM, Set.of(), 3);

        RaisedRiskRule.Raise raise = rule.raise(quarrel, RiskLevel.HIGH, Set.of());

        assertThat(raise.climbTo()).contains(new Placement(Level.TOWN, null));
        assertThat(raise.raised().riskLevel()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void gridQuarrelThreateningViolenceSkipsTheVillage() {
        Dispute quarrel = held(DisputeType.NEIGHBOURS, Level.GRID, RiskLevel.LOW, Set.of(), 2);

        RaisedRiskRule.Raise raise = rule.raise(quarrel, RiskLevel.LOW, Set.of(Risk.VIOLENCE));

        assertThat(raise.climbTo()).contains(new Placement(Level.TOWN, null));
        assertThat(raise.raised().risks()).containsExactly(Risk.VIOLENCE);
    }

    @Test
    void riskFoundIsAddedToThoseAlreadyKnown() {
        Dispute land = held(DisputeType.LAND, Level.TOWN, RiskLevel.MEDIUM, Set.of(Risk.VIOLENCE), 4);

        RaisedRiskRule.Raise raise = rule.raise(land, RiskLevel.MEDIUM, Set.of(Risk.GROUP_INCIDENT));

        assertThat(raise.raised().risks()).containsExactlyInAnyOrder(Risk.VIOLENCE, Risk.GROUP_INCIDENT);
        assertThat(raise.climbTo()).isEmpty();
    }

    @Test
    void raisedRiskTheTownAlreadyHandlesKeepsWageArrearsAtTheTown() {
        Dispute arrears = held(DisputeType.LABOUR, Level.TOWN, RiskLevel.LOW, Set.of(), 8);

        RaisedRiskRule.Raise raise = rule.raise(arrears, RiskLevel.HIGH, Set.of());

        assertThat(raise.climbTo()).isEmpty();
        assertThat(raise.raised().level()).isEqualTo(Level.TOWN);
        assertThat(raise.raised().riskLevel()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void raisedRiskNeverSendsADisputeDown() {
        Dispute escalated = held(DisputeType.NEIGHBOURS, Level.TOWN, RiskLevel.LOW, Set.of(), 2);

        RaisedRiskRule.Raise raise = rule.raise(escalated, RiskLevel.MEDIUM, Set.of());

        assertThat(raise.climbTo()).isEmpty();
    }

    @Test
    void countyHasNothingAboveEvenForAGroupIncident() {
        Dispute medical = held(DisputeType.MEDICAL, Level.COUNTY, RiskLevel.LOW, Set.of(), 2);

        RaisedRiskRule.Raise raise = rule.raise(medical, RiskLevel.HIGH, Set.of(Risk.GROUP_INCIDENT));

        assertThat(raise.climbTo()).isEqualTo(Optional.empty());
    }

    @Test
    void riskIsNeverLowered() {
        Dispute quarrel = held(DisputeType.NEIGHBOURS, Level.VILLAGE, RiskLevel.MEDIUM, Set.of(), 3);

        assertThatThrownBy(() -> rule.raise(quarrel, RiskLevel.LOW, Set.of()))
                .isInstanceOfSatisfying(RuleViolation.class, violation -> {
                    assertThat(violation.slug()).isEqualTo("risk-not-raised");
                    assertThat(violation.properties()).containsEntry("riskLevel", "MEDIUM")
                            .containsEntry("requestedRiskLevel", "LOW");
                });
    }

    @Test
    void sameRiskAgainRaisesNothing() {
        Dispute land = held(DisputeType.LAND, Level.TOWN, RiskLevel.MEDIUM, Set.of(Risk.VIOLENCE), 4);

        assertThatThrownBy(() -> rule.raise(land, RiskLevel.MEDIUM, Set.of(Risk.VIOLENCE)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        violation -> assertThat(violation.slug()).isEqualTo("risk-not-raised"));
    }
}
