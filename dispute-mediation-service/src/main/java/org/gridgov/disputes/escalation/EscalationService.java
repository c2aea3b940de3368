package org.gridgov.disputes.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.gridgov.disputes.history.DisputeHistory;
import org.gridgov.disputes.levels.Deadlines;
import org.gridgov.disputes.levels.LevelRuleTable;
import org.gridgov.disputes.levels.MediationUnits;
import org.gridgov.disputes.levels.Placement;
import org.gridgov.disputes.levels.Risk;
import org.gridgov.disputes.lifecycle.Dispute;
import org.gridgov.disputes.lifecycle.DisputeAccess;
import org.gridgov.disputes.lifecycle.DisputeAction;
import org.gridgov.disputes.lifecycle.DisputeRepository;
import org.gridgov.disputes.lifecycle.DisputeStateMachine;
import org.gridgov.runtime.web.RuleViolation;
import org.gridgov.disputes.sessions.SessionOutcome;
import org.gridgov.disputes.sessions.SessionRepository;
import org.gridgov.events.disputes.DisputeEscalated;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Moves disputes up: when staff send them, when their risk rises, and when their time limit runs out. */
@Service
class EscalationService {

    private final DisputeAccess access;
    private final DisputeStateMachine stateMachine = new DisputeStateMachine();
    private final DisputeRepository disputes;
    private final SessionRepository sessions;
    private final LevelRuleTable levels;
    private final RaisedRiskRule raisedRisk;
    private final MediationUnits units;
    private final Deadlines deadlines;
    private final DisputeHistory history;
    private final Clock clock;

    EscalationService(DisputeAccess access, DisputeRepository disputes, SessionRepository sessions,
                      LevelRuleTable levels, MediationUnits units, Deadlines deadlines, DisputeHistory history,
                      Clock clock) {
        this.access = access;
        this.disputes = disputes;
        this.sessions = sessions;
        this.levels = levels;
        this.raisedRisk = new RaisedRiskRule(levels);
        this.units = units;
        this.deadlines = deadlines;
        this.history = history;
        this.clock = clock;
    }

    /** Mediation failed at this level, or the mediator sends the dispute up: it climbs one level. */
    @Transactional
    Dispute escalate(UUID disputeId, EscalationRequests.Escalate request, String actor) {
        Dispute dispute = access.toMediate(disputeId);
        stateMachine.after(dispute.state(), DisputeAction.ESCALATE);
        if (request.cause() == EscalationRequests.RequestedCause.MEDIATION_FAILED
                && sessions.lastHeld(disputeId, dispute.unitCode(), SessionOutcome.NOT_AGREED).isEmpty()) {
            throw new RuleViolation("no-failed-session", "a failed mediation is a session held at this level without agreement")
                    .with("unitCode", dispute.unitCode());
        }
        return climb(dispute, levels.above(dispute.level(), dispute.type()), request.cause().cause(), request.reason(),
                actor, clock.instant());
    }

    /** The mediator finds the dispute riskier; when the rule table now calls for a higher level, it goes there at once. */
    @Transactional
    Dispute raiseRisk(UUID disputeId, EscalationRequests.RaiseRisk request, String actor) {
        Dispute dispute = access.toMediate(disputeId);
        stateMachine.after(dispute.state(), DisputeAction.RAISE_RISK);
        RaisedRiskRule.Raise raise = raisedRisk.raise(dispute, request.riskLevel(),
                request.risks() == null ? Set.of() : request.risks());
        Dispute raised = raise.raised();
        Instant now = clock.instant();
        disputes.update(raised);
        // dispute.events has no event for a risk change alone: the history keeps it, and the escalation
        // that may follow publishes the move.
        history.note(raised, "risk-raised", actor, now, new RiskRaised(disputeId, dispute.riskLevel().name(),
                raised.riskLevel().name(), raised.risks().stream().map(Risk::name).sorted().toList(), request.reason(),
                now));
        return raise.climbTo()
                .map(to -> climb(raised, to, EscalationCause.RISK_RAISED, request.reason(), actor, now))
                .orElse(raised);
    }

    /**
     * Moves {@code dispute}, locked by the caller's transaction, to the unit mediating its grid's disputes at
     * {@code to}; the new level's time limit counts from {@code now}, whatever the cause. Not a transactional
     * boundary of its own: an {@link org.gridgov.disputes.levels.UnknownUnitException} reaches the caller
     * before anything is written, and leaves the caller's transaction usable.
     */
    Dispute climb(Dispute dispute, Placement to, EscalationCause cause, String reason, String actor, Instant now) {
        Dispute escalated = dispute.movedTo(units.unitAt(dispute.gridCode(), to.level()), to, now,
                deadlines.dueAt(to.level(), now));
        disputes.update(escalated);
        history.record(escalated, actor, now, new DisputeEscalated(dispute.id(), dispute.unitCode(), dispute.level().name(),
                escalated.unitCode(), escalated.level().name(), escalated.room() == null ? null : escalated.room().name(),
                cause.name(), reason, escalated.dueAt(), now));
        return escalated;
    }

    /** The history's record of a risk raised: levels and risk codes, and the mediator's reason. */
    record RiskRaised(UUID disputeId, String fromRiskLevel, String riskLevel, List<String> risks,
                      String reason, Instant raisedAt) {
    }
}
