package org.gridgov.disputes.sessions;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.gridgov.disputes.history.DisputeHistory;
import org.gridgov.disputes.levels.MediationUnits;
import org.gridgov.disputes.lifecycle.Dispute;
import org.gridgov.disputes.lifecycle.DisputeAccess;
import org.gridgov.disputes.lifecycle.DisputeAction;
import org.gridgov.disputes.lifecycle.DisputeStateMachine;
import org.gridgov.disputes.lifecycle.InvalidRequestException;
import org.gridgov.disputes.lifecycle.Party;
import org.gridgov.disputes.lifecycle.PartyRepository;
import org.gridgov.disputes.lifecycle.PersonalText;
import org.gridgov.runtime.web.RuleViolation;
import org.gridgov.events.disputes.DisputeSessionHeld;
import org.gridgov.events.disputes.DisputeSessionScheduled;
import org.gridgov.runtime.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Schedules mediation sessions with the level's mediators and records what they came to. */
@Service
class SessionService {

    private final DisputeAccess access;
    private final DisputeStateMachine stateMachine = new DisputeStateMachine();
    private final SessionRepository sessions;
    private final PartyRepository parties;
    private final MediationUnits units;
    private final PersonalText personal;
    private final DisputeHistory history;
    private final Clock clock;

    SessionService(DisputeAccess access, SessionRepository sessions, PartyRepository parties, MediationUnits units,
                   PersonalText personal, DisputeHistory history, Clock clock) {
        this.access = access;
        this.sessions = sessions;
        this.parties = parties;
        this.units = units;
        this.personal = personal;
        this.history = history;
        this.clock = clock;
    }

    @Transactional
    SessionView schedule(UUID disputeId, SessionRequests.Schedule request, String actor) {
        Dispute dispute = access.toMediate(disputeId);
        stateMachine.after(dispute.state(), DisputeAction.SCHEDULE_SESSION);
        return arrange(dispute, UUID.randomUUID(), request, actor, false);
    }

    /** Moves a session not yet held; the event repeats its id, so invitations are replaced, not doubled. */
    @Transactional
    SessionView reschedule(UUID disputeId, UUID sessionId, SessionRequests.Schedule request, String actor) {
        Dispute dispute = access.toMediate(disputeId);
        stateMachine.after(dispute.state(), DisputeAction.SCHEDULE_SESSION);
        notHeld(scheduledAtItsLevel(dispute, sessionId));
        return arrange(dispute, sessionId, request, actor, true);
    }

    @Transactional
    SessionView record(UUID disputeId, UUID sessionId, SessionRequests.Record request, String actor) {
        Dispute dispute = access.toMediate(disputeId);
        stateMachine.after(dispute.state(), DisputeAction.RECORD_SESSION);
        Session scheduled = notHeld(scheduledAtItsLevel(dispute, sessionId));
        List<UUID> invited = sessions.invited(sessionId);
        Map<UUID, Boolean> attendance = request.attendance().stream()
                .collect(Collectors.toMap(SessionRequests.Attendance::partyId, SessionRequests.Attendance::attended,
                        (first, second) -> first && second));
        if (!invited.containsAll(attendance.keySet())) {
            throw InvalidRequestException.of("attendance", "names a party not invited to the session");
        }
        boolean allAttended = invited.stream().allMatch(partyId -> attendance.getOrDefault(partyId, false));
        Instant now = clock.instant();
        Session held = new Session(scheduled.id(), disputeId, scheduled.unitCode(), scheduled.level(), scheduled.room(),
                scheduled.place(), scheduled.startsAt(), scheduled.mediators(), scheduled.scheduledAt(), true,
                request.outcome(), personal.seal(request.minutes()), allAttended, now);
        sessions.held(held, attendance);
        history.record(dispute, actor, now, new DisputeSessionHeld(disputeId, sessionId, held.unitCode(),
                held.level().name(), held.outcome().name(), allAttended, now));
        return view(held);
    }

    List<SessionView> of(UUID disputeId) {
        access.toRead(disputeId);
        return sessions.of(disputeId).stream().map(this::view).toList();
    }

    private SessionView arrange(Dispute dispute, UUID sessionId, SessionRequests.Schedule request, String actor,
                                boolean rescheduling) {
        Set<String> notHere = new HashSet<>(request.mediatorAccountIds());
        notHere.removeAll(units.mediatorsOf(dispute.unitCode()));
        if (!notHere.isEmpty()) {
            throw new RuleViolation("not-a-mediator-here", "only the mediators of the unit holding the dispute mediate it")
                    .with("unitCode", dispute.unitCode())
                    .with("accountIds", notHere.stream().sorted().toList());
        }
        List<Party> all = parties.of(dispute.id());
        if (all.isEmpty()) {
            throw new RuleViolation("no-parties", "a session needs the dispute's parties: add them first")
                    .with("disputeId", dispute.id());
        }
        List<Party> invited = all;
        if (request.partyIds() != null) {
            Set<UUID> asked = Set.copyOf(request.partyIds());
            invited = all.stream().filter(party -> asked.contains(party.id())).toList();
            if (invited.isEmpty() || invited.size() != asked.size()) {
                throw InvalidRequestException.of("partyIds", "must name parties of this dispute");
            }
        }
        Instant now = clock.instant();
        List<String> mediators = request.mediatorAccountIds().stream().distinct().toList();
        Session session = new Session(sessionId, dispute.id(), dispute.unitCode(), dispute.level(), dispute.room(),
                request.place(), request.startsAt(), mediators, now, false, null, null, null, null);
        List<UUID> partyIds = invited.stream().map(Party::id).toList();
        if (rescheduling) {
            sessions.reschedule(session, partyIds);
        } else {
            sessions.schedule(session, partyIds);
        }
        history.record(dispute, actor, now, new DisputeSessionScheduled(dispute.id(), sessionId, dispute.unitCode(),
                dispute.level().name(), dispute.room() == null ? null : dispute.room().name(), mediators,
                invited.stream().map(party -> new DisputeSessionScheduled.Party(party.kind().name(), party.reference(),
                        party.side().name())).toList(), request.startsAt(), now));
        return view(session);
    }

    private Session scheduledAtItsLevel(Dispute dispute, UUID sessionId) {
        Session session = sessions.find(dispute.id(), sessionId).orElseThrow(() -> new NotFoundException("session", sessionId));
        if (!session.unitCode().equals(dispute.unitCode())) {
            throw new RuleViolation("session-at-another-level", "the session was scheduled by a level that no longer holds the dispute")
                    .with("sessionUnitCode", session.unitCode())
                    .with("unitCode", dispute.unitCode());
        }
        return session;
    }

    private static Session notHeld(Session session) {
        if (session.held()) {
            throw new RuleViolation("session-already-held", "the session has been held").with("sessionId", session.id());
        }
        return session;
    }

    private SessionView view(Session session) {
        return new SessionView(session.id(), session.unitCode(), session.level(), session.room(), session.place(),
                session.startsAt(), session.mediators(), sessions.invited(session.id()), session.held(),
                session.outcome(), personal.unseal(session.minutesSealed()), session.allAttended(), session.heldAt());
    }
}
