package org.gridgov.cases.mediation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import org.gridgov.cases.lifecycle.Actor;
import org.gridgov.cases.lifecycle.CaseChanges;
import org.gridgov.cases.lifecycle.CaseFile;
import org.gridgov.cases.lifecycle.CaseStore;
import org.gridgov.cases.lifecycle.Moment;
import org.gridgov.events.cases.CaseClosed;
import org.gridgov.events.disputes.DisputeEscalated;
import org.gridgov.events.disputes.DisputeOpened;
import org.gridgov.events.disputes.DisputeReferred;
import org.gridgov.events.disputes.DisputeSettled;
import org.gridgov.runtime.messaging.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case and the dispute opened from it (案件转入矛盾纠纷调解): while the dispute is mediated the case
 * waits with its deadline paused, and it closes with the dispute's settlement or referral. Each
 * dispute event is applied once, in the transaction of its effect. A dispute that names no case, or
 * a case this service does not know or that the outcome no longer concerns (closed meanwhile),
 * changes nothing: the dispute is still valid in dispute-mediation, and a retry would not change that.
 */
@Service
class Mediations {

    static final String CONSUMER = "case-workflow.disputes";
    /** Changes that follow a dispute are the dispute service's, relayed by this one. */
    static final Actor DISPUTE_MEDIATION = new Actor("dispute-mediation", "SYSTEM");

    private static final Logger log = LoggerFactory.getLogger(Mediations.class);

    private final CaseChanges changes;
    private final CaseStore cases;
    private final ProcessedEvents processedEvents;

    Mediations(CaseChanges changes, CaseStore cases, ProcessedEvents processedEvents) {
        this.changes = changes;
        this.cases = cases;
        this.processedEvents = processedEvents;
    }

    @Transactional
    void opened(String eventId, DisputeOpened opened) {
        change(eventId, opened.disputeId(), Optional.ofNullable(opened.caseId()), (file, moment) -> {
            if (!file.mayEnterMediation()) {
                log.info("Dispute {} opened from case {} in state {}: the case does not wait for it",
                        opened.disputeId(), file.id(), file.state());
                return List.of();
            }
            return List.of(file.enterMediation(opened.disputeId(), opened.unitCode(), opened.level(),
                    moment.timeLeft(), DISPUTE_MEDIATION, moment.now()));
        });
    }

    @Transactional
    void escalated(String eventId, DisputeEscalated escalated) {
        // The escalation names no case: the case is the one that went to mediation for this dispute.
        change(eventId, escalated.disputeId(), cases.idOfDispute(escalated.disputeId()), (file, moment) -> {
            if (file.mediatedIn(escalated.disputeId())) {
                file.mediationMoved("dispute " + escalated.disputeId() + " escalated to " + escalated.level() + " "
                        + escalated.unitCode() + ": " + escalated.cause(), DISPUTE_MEDIATION, moment.now());
            }
            return List.of();
        });
    }

    @Transactional
    void settled(String eventId, DisputeSettled settled) {
        close(eventId, settled.disputeId(), settled.caseId(), (file, moment) -> file.settle(settled.disputeId(),
                settled.agreementId(), settled.level(), settled.unitCode(), DISPUTE_MEDIATION, moment.now()));
    }

    @Transactional
    void referred(String eventId, DisputeReferred referred) {
        close(eventId, referred.disputeId(), referred.caseId(), (file, moment) -> file.refer(referred.disputeId(),
                referred.channel(), referred.bodyCode(), referred.reason(), DISPUTE_MEDIATION, moment.now()));
    }

    /** The dispute's outcome closes the case, unless the case no longer waits for it (closed meanwhile). */
    private void close(String eventId, UUID disputeId, UUID caseId, BiFunction<CaseFile, Moment, CaseClosed> closing) {
        change(eventId, disputeId, Optional.ofNullable(caseId), (file, moment) -> {
            if (!file.closesWith(disputeId)) {
                log.info("Dispute {} ended; case {} in state {} does not close with it", disputeId, file.id(),
                        file.state());
                return List.of();
            }
            return List.of(closing.apply(file, moment));
        });
    }

    private void change(String eventId, UUID disputeId, Optional<UUID> caseId, CaseChanges.Change change) {
        if (caseId.isEmpty()) {
            return;
        }
        if (cases.find(caseId.get()).isEmpty()) {
            log.warn("Dispute {} names case {}, which this service does not know: skipped", disputeId, caseId.get());
            return;
        }
        if (processedEvents.firstDelivery(CONSUMER, eventId)) {
            changes.apply(caseId.get(), change);
        }
    }
}
