package org.gridgov.disputes.opening;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.gridgov.disputes.history.DisputeHistory;
import org.gridgov.disputes.levels.Deadlines;
import org.gridgov.disputes.levels.DisputeFacts;
import org.gridgov.disputes.levels.Level;
import org.gridgov.disputes.levels.LevelRuleTable;
import org.gridgov.disputes.levels.MediationUnits;
import org.gridgov.disputes.levels.Placement;
import org.gridgov.disputes.levels.Risk;
import org.gridgov.disputes.lifecycle.Dispute;
import org.gridgov.disputes.lifecycle.DisputeAccess;
import org.gridgov.disputes.lifecycle.DisputeAction;
import org.gridgov.disputes.lifecycle.DisputeStateMachine;
import org.gridgov.disputes.lifecycle.DisputeRepository;
import org.gridgov.disputes.lifecycle.DisputeState;
import org.gridgov.disputes.lifecycle.InvalidRequestException;
import org.gridgov.disputes.lifecycle.Party;
import org.gridgov.disputes.lifecycle.PartyKind;
import org.gridgov.disputes.lifecycle.PartyRepository;
import org.gridgov.disputes.lifecycle.PersonalText;
import org.gridgov.disputes.lifecycle.Source;
import org.gridgov.events.disputes.DisputeOpened;
import org.gridgov.runtime.web.FieldError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens disputes at the level the rule table calls for, with their parties, and publishes them. */
@Service
public class OpeningService {

    private final LevelRuleTable levels;
    private final MediationUnits units;
    private final Deadlines deadlines;
    private final DisputeRepository disputes;
    private final PartyRepository parties;
    private final PersonalText personal;
    private final DisputeHistory history;
    private final DisputeAccess access;
    private final DisputeStateMachine stateMachine = new DisputeStateMachine();
    private final Clock clock;

    OpeningService(LevelRuleTable levels, MediationUnits units, Deadlines deadlines, DisputeRepository disputes,
                   PartyRepository parties, PersonalText personal, DisputeHistory history, DisputeAccess access,
                   Clock clock) {
        this.access = access;
        this.levels = levels;
        this.units = units;
        this.deadlines = deadlines;
        this.disputes = disputes;
        this.parties = parties;
        this.personal = personal;
        this.history = history;
        this.clock = clock;
    }

    /** What a new dispute is: its facts, its grid, where it came from, what staff wrote of it. */
    public record NewDispute(DisputeFacts facts, String gridCode, Source source, UUID caseId, String summary,
                             Level atLeast) {
    }

    @Transactional
    public Dispute open(NewDispute request, List<PartyRequest> partyRequests, String actor) {
        List<FieldError> problems = partyProblems(partyRequests);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Instant now = clock.instant();
        units.grid(request.gridCode());
        Placement placement = levels.place(request.facts(), request.atLeast());
        DisputeFacts facts = request.facts();
        Dispute dispute = new Dispute(UUID.randomUUID(), facts.type(), request.gridCode(),
                units.unitAt(request.gridCode(), placement.level()), placement.level(), placement.room(),
                facts.riskLevel(), facts.risks(), facts.peopleInvolved(), facts.amountInDispute(), request.source(),
                request.caseId(), personal.seal(request.summary()), DisputeState.OPEN, now, now,
                deadlines.dueAt(placement.level(), now), 0, null);
        disputes.insert(dispute);
        partyRequests.forEach(party -> add(dispute.id(), party));
        history.record(dispute, actor, now, new DisputeOpened(dispute.id(), dispute.type().name(), dispute.gridCode(),
                dispute.unitCode(), dispute.level().name(), name(dispute.room()), dispute.riskLevel().name(),
                dispute.risks().stream().map(Risk::name).sorted().toList(), dispute.peopleInvolved(),
                dispute.amountInDispute(), dispute.source().name(), dispute.caseId(), dispute.dueAt(), now));
        return dispute;
    }

    /** Adds a party found after opening, e.g. to a dispute opened from a case, which names none. */
    @Transactional
    public Dispute addParty(UUID disputeId, PartyRequest request) {
        List<FieldError> problems = partyProblems(List.of(request));
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Dispute dispute = access.toMediate(disputeId);
        stateMachine.after(dispute.state(), DisputeAction.ADD_PARTY);
        add(dispute.id(), request);
        return dispute;
    }

    private Party add(UUID disputeId, PartyRequest request) {
        boolean outsider = request.kind() == PartyKind.OUTSIDER;
        Party party = new Party(UUID.randomUUID(), disputeId, request.kind(), outsider ? null : request.refId(),
                request.side(), outsider ? personal.seal(request.name()) : null,
                outsider ? personal.seal(request.phone()) : null);
        parties.insert(party, outsider ? personal.phoneHash(request.phone()) : null);
        return party;
    }

    /** Residents and entities are named by population's id; only outsiders are named here. */
    private static List<FieldError> partyProblems(List<PartyRequest> requests) {
        List<FieldError> problems = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            PartyRequest party = requests.get(i);
            String at = "parties[" + i + "].";
            if (party.kind() == PartyKind.OUTSIDER) {
                if (party.name() == null || party.name().isBlank()) {
                    problems.add(new FieldError(at + "name", "an outsider needs a name"));
                }
                if (party.refId() != null) {
                    problems.add(new FieldError(at + "refId", "an outsider has no id in population"));
                }
            } else {
                if (party.refId() == null) {
                    problems.add(new FieldError(at + "refId", "a resident or entity is named by its id in population"));
                }
                if (party.name() != null || party.phone() != null) {
                    problems.add(new FieldError(at + "name", "names and phones of residents and entities stay in population"));
                }
            }
        }
        return problems;
    }

    static Set<Risk> risks(Set<Risk> risks) {
        return risks == null ? Set.of() : risks;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
