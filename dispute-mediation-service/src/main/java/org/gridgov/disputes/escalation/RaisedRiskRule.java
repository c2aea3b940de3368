package org.gridgov.disputes.escalation;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.gridgov.disputes.levels.LevelRuleTable;
import org.gridgov.disputes.levels.Placement;
import org.gridgov.disputes.levels.Risk;
import org.gridgov.disputes.levels.RiskLevel;
import org.gridgov.disputes.lifecycle.Dispute;
import org.gridgov.runtime.web.RuleViolation;

/**
 * A mediator finds a dispute riskier than it was: the risk level only rises and risks found are added
 * to those known (mediation lowers a risk by settling the dispute, not by editing it). When the rule
 * table, asked again with the raised risk, calls for a higher level than the one mediating the dispute,
 * the dispute goes there at once, as it would have had the risk been known at opening; it never goes down.
 */
final class RaisedRiskRule {

    private final LevelRuleTable levels;

    RaisedRiskRule(LevelRuleTable levels) {
        this.levels = levels;
    }

    Raise raise(Dispute dispute, RiskLevel riskLevel, Set<Risk> risksFound) {
        if (!riskLevel.atLeast(dispute.riskLevel())) {
            throw notRaised(dispute, riskLevel, "a dispute's risk level is raised, never lowered");
        }
        Set<Risk> risks = EnumSet.noneOf(Risk.class);
        risks.addAll(dispute.risks());
        risks.addAll(risksFound);
        if (riskLevel == dispute.riskLevel() && risks.equals(dispute.risks())) {
            throw notRaised(dispute, riskLevel, "neither a higher risk level nor a new risk");
        }
        Dispute raised = dispute.withRisk(riskLevel, risks);
        Placement called = levels.place(raised.facts());
        return new Raise(raised, called.level().isAbove(dispute.level()) ? Optional.of(called) : Optional.empty());
    }

    private static RuleViolation notRaised(Dispute dispute, RiskLevel asked, String message) {
        return new RuleViolation("risk-not-raised", message)
                .with("riskLevel", dispute.riskLevel().name())
                .with("requestedRiskLevel", asked.name());
    }

    /**
     * @param raised  the dispute carrying the raised risk, still where it was
     * @param climbTo the higher level (and county room) the table calls for now, or empty when its level suffices
     */
    record Raise(Dispute raised, Optional<Placement> climbTo) {
    }
}
