package org.gridgov.disputes.cases;

import java.util.List;
import java.util.Set;

import org.gridgov.disputes.levels.DisputeFacts;
import org.gridgov.disputes.levels.DisputeType;
import org.gridgov.disputes.levels.Level;
import org.gridgov.disputes.levels.RiskLevel;
import org.gridgov.disputes.lifecycle.DisputeRepository;
import org.gridgov.disputes.lifecycle.Source;
import org.gridgov.disputes.opening.OpeningService;
import org.gridgov.events.cases.CaseFiled;
import org.gridgov.runtime.messaging.ProcessedEvents;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens a dispute for every case filed under a dispute category. */
@Service
class CaseDisputes {

    static final String CONSUMER = "dispute-mediation.case-filed";
    static final String ACTOR = "case-workflow";

    private final DisputeCategories categories;
    private final ProcessedEvents processedEvents;
    private final DisputeRepository disputes;
    private final OpeningService opening;

    CaseDisputes(DisputeCategories categories, ProcessedEvents processedEvents, DisputeRepository disputes,
                 OpeningService opening) {
        this.categories = categories;
        this.processedEvents = processedEvents;
        this.disputes = disputes;
        this.opening = opening;
    }

    @Transactional
    void filed(String eventId, CaseFiled filed) {
        DisputeType type = categories.typeOf(filed.category()).orElse(null);
        if (type == null || !processedEvents.firstDelivery(CONSUMER, eventId)
                || disputes.findByCase(filed.caseId()).isPresent()) {
            return;
        }
        // The case event says neither how many people are involved nor which risks: the case's
        // severity gives the risk level, and the dispute opens no lower than the level case-workflow
        // filed the case at, since its severity rules weighed people and risk at intake.
        DisputeFacts facts = new DisputeFacts(type, riskOf(filed.severity()), Set.of(), 1, null);
        opening.open(new OpeningService.NewDispute(facts, filed.gridCode(), Source.CASE, filed.caseId(), null,
                Level.valueOf(filed.level())), List.of(), ACTOR);
    }

    static RiskLevel riskOf(String severity) {
        return switch (severity) {
            case "CRITICAL" -> RiskLevel.HIGH;
            case "MAJOR" -> RiskLevel.MEDIUM;
            default -> RiskLevel.LOW;
        };
    }
}
