package org.gridgov.registry.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gridgov.registry.coverage.CoverageReport;
import org.gridgov.registry.coverage.Coverages;
import org.gridgov.registry.unit.InvalidDraftsException;
import org.gridgov.registry.unit.Territories;
import org.gridgov.registry.unit.UnitDraft;
import org.gridgov.registry.unit.UnitWrites;
import org.gridgov.runtime.web.FieldError;
import org.gridgov.runtime.web.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Imports a FeatureCollection of units all or nothing: every bad feature is reported by index and
 * reason and nothing is written; otherwise all are saved in one transaction (an unchanged feature
 * changes nothing, so importing the same file twice is harmless) and the coverage of every parent
 * the file touches is checked.
 */
@Service
class UnitImport {

    private final UnitWrites writes;
    private final Coverages coverages;

    UnitImport(UnitWrites writes, Coverages coverages) {
        this.writes = writes;
        this.coverages = coverages;
    }

    @Transactional
    ImportReport importAll(JsonNode collection, boolean repair, boolean requireTiling) {
        UnitFeatures.Parsed parsed = UnitFeatures.read(collection, repair);
        parsed.drafts().forEach(draft -> Territories.requireChange(draft.code()));
        Map<Integer, List<FieldError>> problems = new TreeMap<>(parsed.problems());
        writes.placementProblems(parsed.drafts()).forEach((position, reason) -> problems
                .computeIfAbsent(parsed.indexes().get(position), index -> new ArrayList<>())
                .add(new FieldError("features[" + parsed.indexes().get(position) + "].properties.code", reason)));
        if (!problems.isEmpty()) {
            throw new InvalidDraftsException(problems.values().stream().flatMap(List::stream).toList());
        }
        UnitWrites.Saved saved = writes.save(parsed.drafts());
        List<String> parents = parsed.drafts().stream().map(UnitDraft::parentCode).filter(code -> code != null)
                .distinct().toList();
        List<ImportReport.Coverage> coverage = coverages.ofAll(parents).stream().map(ImportReport.Coverage::of).toList();
        List<String> untiled = coverage.stream().filter(report -> !report.tiled()).map(ImportReport.Coverage::code).toList();
        if (requireTiling && !untiled.isEmpty()) {
            throw new RuleViolation("not-tiled", untiled.size() + " units would not be tiled by their children; nothing was imported.")
                    .with("untiled", untiled);
        }
        return new ImportReport(parsed.drafts().size(), saved.created().size(), saved.updated().size(),
                saved.unchanged().size(), saved.republished().size(), untiled.isEmpty(), coverage);
    }

    /**
     * @param republished units outside the file whose state changed with it (an ancestor's routing mode)
     * @param tiled       whether every parent the file touches is tiled by its children
     */
    record ImportReport(int features, int created, int updated, int unchanged, int republished, boolean tiled,
                        List<Coverage> coverage) {

        /** The coverage of one parent in short; {@code GET /api/units/{code}/coverage} has the pieces. */
        record Coverage(String code, int children, boolean tiled, int gaps, int overlaps, int outside,
                        int withoutBoundary) {

            static Coverage of(CoverageReport report) {
                return new Coverage(report.parentCode(), report.children(), report.tiled(), report.gaps().size(),
                        report.overlaps().size(), report.outside().size(), report.withoutBoundary().size());
            }
        }
    }
}
