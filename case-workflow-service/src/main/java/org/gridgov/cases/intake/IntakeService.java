package org.gridgov.cases.intake;

import java.util.Optional;

import org.gridgov.cases.catalogue.CategoryCatalogue;
import org.gridgov.cases.lifecycle.Actor;
import org.gridgov.cases.lifecycle.CaseFile;
import org.gridgov.cases.lifecycle.CaseStore;
import org.gridgov.cases.lifecycle.Report;
import org.gridgov.cases.routing.UnitDirectory;
import org.springframework.stereotype.Service;

/**
 * Takes reports from every channel. The place is found first, outside any transaction (locating a
 * point may call grid-registry), then {@link Filing} files the case once per report id, whichever
 * path (REST or {@code case.reported}) brings it first.
 */
@Service
class IntakeService {

    private final CaseStore cases;
    private final CategoryCatalogue catalogue;
    private final UnitDirectory units;
    private final GridLocator locator;
    private final Filing filing;

    IntakeService(CaseStore cases, CategoryCatalogue catalogue, UnitDirectory units, GridLocator locator, Filing filing) {
        this.cases = cases;
        this.catalogue = catalogue;
        this.units = units;
        this.locator = locator;
        this.filing = filing;
    }

    /** A report through the REST API: filed now, and published on {@code case.reported} for other readers. */
    Intake report(Report report, String reporterContact, Actor reporter, Optional<String> bearerToken) {
        return take(report, reporterContact, reporter, bearerToken, true);
    }

    /** A report that arrived on {@code case.reported} (from an intake system, or our own REST intake). */
    void receive(Report report, Actor source) {
        take(report, null, source, Optional.empty(), false);
    }

    private Intake take(Report report, String contact, Actor reporter, Optional<String> token, boolean publish) {
        if (report.gridCode() == null && report.hasCoordinates()) {
            // Placing it asks the registry: a report re-sent, or already filed through the other path,
            // is answered from its case first. Any other is placed from memory, and the filing itself
            // tells a report it has seen before.
            Optional<CaseFile> known = cases.findByReport(report.reportId());
            if (known.isPresent()) {
                return filing.existing(known.get(), report.reporterRef());
            }
        }
        return filing.file(report, contact, place(report, token), reporter, publish);
    }

    Placing place(Report report, Optional<String> token) {
        if (catalogue.find(report.category()).isEmpty()) {
            return new Placing.Refused("category " + report.category() + " is not in the catalogue");
        }
        if (report.gridCode() != null) {
            return inGrid(report.gridCode(), false);
        }
        if (report.hasCoordinates()) {
            return switch (locator.locate(report.longitude(), report.latitude(), token)) {
                case GridLocator.Located.InGrid grid -> inGrid(grid.code(), true);
                case GridLocator.Located.Outside outside ->
                        new Placing.Refused("the location lies outside every grid of the territory");
                case GridLocator.Located.Unavailable unavailable ->
                        new Placing.Unplaced("the location could not be placed: " + unavailable.why());
            };
        }
        if (report.addressText() != null && !report.addressText().isBlank()) {
            return new Placing.Unplaced("the report gives an address but no position");
        }
        return new Placing.Refused("the report gives no position, grid code or address");
    }

    private Placing inGrid(String gridCode, boolean located) {
        return switch (units.place(gridCode)) {
            case UnitDirectory.Lookup.Placed placed -> new Placing.InGrid(placed.placement());
            // The registry placed the point in a unit our replica cannot route to (not yet read,
            // retired since): a person decides, the report is not refused for our lag.
            case UnitDirectory.Lookup.Refused refused -> located
                    ? new Placing.Unplaced(refused.reason())
                    : new Placing.Refused(refused.reason());
        };
    }
}
