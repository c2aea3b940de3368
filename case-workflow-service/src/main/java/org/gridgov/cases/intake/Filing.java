package org.gridgov.cases.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gridgov.cases.catalogue.CategoryCatalogue;
import org.gridgov.cases.duplicates.DuplicateFinder;
import org.gridgov.cases.duplicates.DuplicateRule;
import org.gridgov.cases.lifecycle.Actor;
import org.gridgov.cases.lifecycle.CaseEvents;
import org.gridgov.cases.lifecycle.CaseFile;
import org.gridgov.cases.lifecycle.CaseMeters;
import org.gridgov.cases.lifecycle.CaseState;
import org.gridgov.cases.lifecycle.CaseStore;
import org.gridgov.cases.lifecycle.Report;
import org.gridgov.cases.routing.CaseRouting;
import org.gridgov.events.cases.CaseReported;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a placed report as a case (立案) in one transaction: the case, its first audit rows, the
 * reporter's contact and its events commit together, once per report id. A report that repeats an
 * open case is linked to it instead, and the reporter gets that case's tracking code.
 */
@Service
class Filing {

    private static final int TRACKING_CODE_TRIES = 4;

    private final CaseStore cases;
    private final CaseEvents events;
    private final CaseMeters meters;
    private final CategoryCatalogue catalogue;
    private final CaseRouting routing;
    private final DuplicateFinder duplicates;
    private final IntakeProperties properties;
    private final Clock clock;
    private final TrackingCodes trackingCodes = new TrackingCodes();

    Filing(CaseStore cases, CaseEvents events, CaseMeters meters, CategoryCatalogue catalogue, CaseRouting routing,
           DuplicateFinder duplicates, IntakeProperties properties, Clock clock) {
        this.cases = cases;
        this.events = events;
        this.meters = meters;
        this.catalogue = catalogue;
        this.routing = routing;
        this.duplicates = duplicates;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Files the report once: the report id is the key that makes a re-sent request, a redelivered
     * {@code case.reported} or the same report through both paths harmless. The case's row is unique
     * by report id, so the copy that comes second finds the case the first became (its insert does
     * nothing) and answers with it, whatever it would have been linked or routed to.
     */
    @Transactional
    Intake file(Report report, String contact, Placing placing, Actor reporter, boolean publish) {
        Instant now = clock.instant();
        Optional<DuplicateRule.Candidate> original = placing instanceof Placing.Refused
                ? Optional.empty()
                : duplicates.originalOf(report);
        for (int attempt = 1; ; attempt++) {
            CaseFile file = CaseFile.reported(UUID.randomUUID(), trackingCodes.next(), report, reporter, now);
            List<Object> caused = original
                    .<List<Object>>map(repeated -> List.of(file.linkAsDuplicate(repeated.caseId(), gridOf(placing),
                            Actor.ROUTING, now)))
                    .orElseGet(() -> route(file, placing, now));
            if (cases.insert(file)) {
                if (contact != null && !contact.isBlank()) {
                    cases.saveContact(file.id(), contact.strip());
                }
                if (publish) {
                    events.publishReported(reported(report, placing), keyOf(file), file, caused);
                } else {
                    events.publish(file, caused);
                }
                meters.reported();
                return original.map(repeated -> Intake.duplicate(file, repeated.trackingCode()))
                        .orElseGet(() -> Intake.of(file));
            }
            var existing = cases.findByReport(report.reportId());
            if (existing.isPresent()) {
                return existing(existing.get(), report.reporterRef());
            }
            if (attempt == TRACKING_CODE_TRIES) {
                throw new IllegalStateException("no unused tracking code after " + attempt + " tries");
            }
        }
    }

    /** What an earlier copy of the report became; a linked duplicate answers with the tracking code of its case. */
    Intake existing(CaseFile file, String reporterRef) {
        String trackingCode = file.trackingCode();
        if (file.state() == CaseState.DUPLICATE) {
            trackingCode = cases.find(file.duplicateOf()).map(CaseFile::trackingCode).orElse(null);
        }
        return Intake.existing(file, reporterRef, trackingCode);
    }

    private List<Object> route(CaseFile file, Placing placing, Instant now) {
        return switch (placing) {
            case Placing.Refused refused -> List.of(file.reject(refused.reason(), Actor.ROUTING, now));
            case Placing.Unplaced unplaced -> routing.fileUnplaced(file, catalogue.require(file.report().category()),
                    properties.countyCode(), Actor.ROUTING, now);
            case Placing.InGrid inGrid -> routing.route(file, catalogue.require(file.report().category()),
                    inGrid.placement(), Actor.ROUTING, now);
        };
    }

    /** Where a duplicate lies: its grid, or the county while it has no place. */
    private String gridOf(Placing placing) {
        return placing instanceof Placing.InGrid inGrid ? inGrid.placement().gridCode() : properties.countyCode();
    }

    private static CaseReported reported(Report report, Placing placing) {
        String gridCode = report.gridCode() != null ? report.gridCode()
                : placing instanceof Placing.InGrid inGrid ? inGrid.placement().gridCode() : null;
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
