package org.gridgov.disputes.outcomes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.gridgov.disputes.history.DisputeHistory;
import org.gridgov.disputes.levels.Deadlines;
import org.gridgov.disputes.lifecycle.Dispute;
import org.gridgov.disputes.lifecycle.DisputeAccess;
import org.gridgov.disputes.lifecycle.DisputeAction;
import org.gridgov.disputes.lifecycle.DisputeRepository;
import org.gridgov.disputes.lifecycle.DisputeState;
import org.gridgov.disputes.lifecycle.DisputeStateMachine;
import org.gridgov.disputes.lifecycle.FollowUpRule;
import org.gridgov.disputes.lifecycle.InvalidRequestException;
import org.gridgov.disputes.lifecycle.Party;
import org.gridgov.disputes.lifecycle.PartyRepository;
import org.gridgov.disputes.lifecycle.PersonalText;
import org.gridgov.runtime.web.RuleViolation;
import org.gridgov.disputes.sessions.SessionOutcome;
import org.gridgov.disputes.sessions.SessionRepository;
import org.gridgov.events.disputes.AgreementFollowedUp;
import org.gridgov.events.disputes.DisputeReferred;
import org.gridgov.events.disputes.DisputeSettled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How mediation ends: an agreement or a legal channel, then the follow-up (climbing a level is {@code escalation}). */
@Service
class OutcomeService {

    private final DisputeAccess access;
    private final DisputeStateMachine stateMachine = new DisputeStateMachine();
    private final DisputeRepository disputes;
    private final PartyRepository parties;
    private final SessionRepository sessions;
    private final OutcomeRepository outcomes;
    private final Deadlines deadlines;
    private final PersonalText personal;
    private final DisputeHistory history;
    private final OutcomeProperties properties;
    private final Clock clock;

    OutcomeService(DisputeAccess access, DisputeRepository disputes, PartyRepository parties, SessionRepository sessions,
                   OutcomeRepository outcomes, Deadlines deadlines, PersonalText personal, DisputeHistory history,
                   OutcomeProperties properties, Clock clock) {
        this.access = access;
        this.disputes = disputes;
        this.parties = parties;
        this.sessions = sessions;
        this.outcomes = outcomes;
        this.deadlines = deadlines;
        this.personal = personal;
        this.history = history;
        this.properties = properties;
        this.clock = clock;
    }

    /** An agreement reached in a session at the dispute's level, confirmed by every party. */
    @Transactional
    Dispute settle(UUID disputeId, OutcomeRequests.Settle request, String actor) {
        Dispute dispute = access.toMediate(disputeId);
        Dispute settled = dispute.in(stateMachine.after(dispute.state(), DisputeAction.SETTLE));
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        if (request.performBy() != null && request.performBy().isBefore(today)) {
            throw InvalidRequestException.of("performBy", "must not lie in the past");
        }
        if (request.followUpOn() != null && request.followUpOn().isBefore(today)) {
            throw InvalidRequestException.of("followUpOn", "must not lie in the past");
        }
        UUID sessionId = sessions.lastHeld(disputeId, dispute.unitCode(), SessionOutcome.AGREED)
                .orElseThrow(() -> new RuleViolation("no-agreed-session",
                        "an agreement is reached in a session held at the dispute's level")
                        .with("unitCode", dispute.unitCode()));
        Set<UUID> unconfirmed = new HashSet<>(parties.of(disputeId).stream().map(Party::id).toList());
        unconfirmed.removeAll(request.confirmedBy());
        if (!unconfirmed.isEmpty()) {
            throw new RuleViolation("agreement-not-confirmed", "every party confirms the agreement")
                    .with("unconfirmedPartyIds", unconfirmed.stream().sorted().toList());
        }
        Instant now = clock.instant();
        String room = dispute.room() == null ? null : dispute.room().name();
        Agreement agreement = new Agreement(UUID.randomUUID(), disputeId, sessionId, dispute.unitCode(),
                dispute.level().name(), room, personal.seal(request.terms()), request.amountAgreed(),
                request.performBy(), request.followUpOn(), now);
        outcomes.insert(agreement, request.confirmedBy().stream().distinct().toList(), actor);
        disputes.update(settled);
        history.record(settled, actor, now, new DisputeSettled(disputeId, agreement.id(), dispute.caseId(),
                dispute.unitCode(), dispute.level().name(), room, request.amountAgreed(), request.performBy(),
                request.followUpOn(), now));
        return settled;
    }

    /** Mediation gives way to a court, an arbitration commission or the petition office. */
    @Transactional
    Dispute refer(UUID disputeId, OutcomeRequests.Refer request, String actor) {
        Dispute dispute = access.toMediate(disputeId);
        Dispute referred = dispute.in(stateMachine.after(dispute.state(), DisputeAction.REFER));
        Instant now = clock.instant();
        outcomes.refer(disputeId, request.channel().name(), request.bodyCode(), request.reason(), now);
        disputes.update(referred);
        history.record(referred, actor, now, new DisputeReferred(disputeId, dispute.caseId(), dispute.unitCode(),
                dispute.level().name(), request.channel().name(), request.bodyCode(), request.reason(), now));
        return referred;
    }

    /** A visit checks whether the terms were performed; unperformed terms reopen the dispute at its level. */
    @Transactional
    Dispute followUp(UUID disputeId, OutcomeRequests.FollowUp request, String actor) {
        Dispute dispute = access.toFollowUp(disputeId);
        stateMachine.after(dispute.state(), DisputeAction.FOLLOW_UP);
        Agreement agreement = outcomes.latest(disputeId).orElseThrow(() -> new IllegalStateException(
                "settled dispute " + disputeId + " has no agreement"));
        LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
        boolean onTime = FollowUpRule.onTime(request.performance(), request.performedOn(), agreement.performBy(), today);
        DisputeState next = stateMachine.afterFollowUp(dispute.state(), request.performance(),
                FollowUpRule.performByPassed(agreement.performBy(), today));
        Instant now = clock.instant();
        boolean reopened = next == DisputeState.OPEN;
        Dispute after = reopened ? dispute.reopened(now, deadlines.dueAt(dispute.level(), now)) : dispute.in(next);
        outcomes.followUp(agreement.id(), disputeId, request.performance(), onTime, personal.seal(request.notes()), actor,
                reopened, now);
        disputes.update(after);
        history.record(after, actor, now, new AgreementFollowedUp(disputeId, agreement.id(), dispute.caseId(),
                request.performance().name(), onTime, actor, reopened, after.unitCode(), after.level().name(), now));
        return after;
    }
}
