package org.gridgov.disputes.escalation;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gridgov.disputes.levels.Risk;
import org.gridgov.disputes.levels.RiskLevel;

/** What staff send to send a dispute up or to raise its risk. */
final class EscalationRequests {

    private EscalationRequests() {
    }

    /** @param reason why, in the mediator's words; never personal data (it travels in the event) */
    record Escalate(@NotNull RequestedCause cause, @NotBlank @Size(max = 500) String reason) {
    }

    /** The causes staff may give; {@code OVERDUE} and {@code RISK_RAISED} escalations happen by themselves. */
    enum RequestedCause {
        MEDIATION_FAILED, EXPLICIT;

        EscalationCause cause() {
            return EscalationCause.valueOf(name());
        }
    }

    /**
     * @param riskLevel the risk level the dispute carries now: not below the one it carried
     * @param risks     risks found now (a group incident, violence), added to those already known; may be empty
     * @param reason    what the mediator found, never personal data (it travels in the event when the dispute moves)
     */
    record RaiseRisk(@NotNull RiskLevel riskLevel, Set<Risk> risks, @NotBlank @Size(max = 500) String reason) {
    }
}
