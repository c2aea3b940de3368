package org.gridgov.cases.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gridgov.cases.catalogue.Category;
import org.gridgov.cases.catalogue.CategoryCatalogue;
import org.gridgov.cases.deadline.Deadlines;
import org.gridgov.cases.deadline.Stage;
import org.gridgov.cases.lifecycle.Actor;
import org.gridgov.cases.lifecycle.CaseEvents;
import org.gridgov.cases.lifecycle.CaseFile;
import org.gridgov.cases.lifecycle.CaseStore;
import org.gridgov.cases.lifecycle.Report;
import org.gridgov.cases.routing.CaseRouting;
import org.gridgov.cases.routing.Level;
import org.gridgov.cases.routing.Placement;
import org.gridgov.events.cases.CaseReported;
import org.gridgov.runtime.messaging.ProcessedEvents;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a placed report as a case (立案) in one transaction: the case, its first audit rows, the
 * reporter's contact and its events commit together, once per report id.
 */
@Service
class Filing {

    static final String CONSUMER = "case-workflow.reported";
    private static final int TRACKING_CODE_TRIES = 4;

    private final CaseStore cases;
    private final CaseEvents events;
    private final ProcessedEvents processedEvents;
    private final CategoryCatalogue catalogue;
    private final CaseRouting routing;
    private final Deadlines deadlines;
    private final IntakeProperties properties;
    private final Clock clock;
    private final TrackingCodes trackingCodes = new TrackingCodes();

    Filing(CaseStore cases, CaseEvents events, ProcessedEvents processedEvents, CategoryCatalogue catalogue,
           CaseRouting routing, Deadlines deadlines, IntakeProperties properties, Clock clock) {
        this.cases = cases;
        this.events = events;
        this.processedEvents = processedEvents;
        this.catalogue = catalogue;
        this.routing = routing;
        this.deadlines = deadlines;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    Intake file(String eventId, Report report, String contact, Placing placing, Actor reporter, boolean publish) {
        // The report id doubles as the ce_id of case.reported, so the REST path and a later delivery
        // of its own case.reported event (or a re-sent external one) meet on this row.
        if (!processedEvents.firstDelivery(CONSUMER, eventId)) {
            return Intake.existing(cases.findByReport(report.reportId()).orElseThrow(), report.reporterRef());
        }
        Instant now = clock.instant();
        for (int attempt = 1; ; attempt++) {
            CaseFile file = CaseFile.reported(UUID.randomUUID(), trackingCodes.next(), report, reporter, now);
            List<Object> caused = route(file, placing, now);
            if (cases.insert(file)) {
                if (contact != null && !contact.isBlank()) {
                    cases.saveContact(file.id(), contact.strip());
                }
                if (publish) {
                    events.publishReported(reported(report, file), keyOf(file));
                }
                caused.forEach(event -> events.publish(file.id(), event));
                return Intake.of(file);
            }
            var existing = cases.findByReport(report.reportId());
            if (existing.isPresent()) {
                return Intake.existing(existing.get(), report.reporterRef());
            }
            if (attempt == TRACKING_CODE_TRIES) {
                throw new IllegalStateException("no unused tracking code after " + attempt + " tries");
            }
        }
    }

    private List<Object> route(CaseFile file, Placing placing, Instant now) {
        return switch (placing) {
            case Placing.Refused refused -> List.of(file.reject(refused.reason(), Actor.ROUTING, now));
            case Placing.Unplaced unplaced -> {
                Category category = catalogue.require(file.report().category());
                String county = properties.countyCode();
                yield List.of(file.file(county, new Placement.Held(Level.COUNTY, county),
                        category.assess(file.report().peopleInvolved(), file.report().riskFlag()).severity(), true,
                        deadlines.of(category, Stage.FILING, now), Actor.ROUTING, now));
            }
            case Placing.InGrid inGrid -> routing.route(file, catalogue.require(file.report().category()),
                    inGrid.placement(), Actor.ROUTING, now);
        };
    }

    private static CaseReported reported(Report report, CaseFile file) {
        String gridCode = report.gridCode() != null ? report.gridCode() : file.awaitingPlacement() ? null : file.gridCode();
        return new CaseReported(report.reportId(), report.category(), report.description(), report.longitude(),
                report.latitude(), gridCode, report.addressText(), report.channel(),
                report.photoUrls().isEmpty() ? null : report.photoUrls(), report.peopleInvolved(), report.riskFlag(),
                report.reporterRef(), report.reportedAt());
    }

    /** case.reported is keyed by grid; a report without one is keyed by the county that takes it. */
    private String keyOf(CaseFile file) {
        return file.gridCode() != null ? file.gridCode() : properties.countyCode();
    }
}
