package org.gridgov.registry.coverage;

import static org.gridgov.runtime.security.Role.ADMIN;
import static org.gridgov.runtime.security.Role.COMMAND_CENTRE;
import static org.gridgov.runtime.security.Role.GRID_LEADER;
import static org.gridgov.runtime.security.Role.GRID_WORKER;
import static org.gridgov.runtime.security.Role.INSPECTOR;
import static org.gridgov.runtime.security.Role.MEDIATOR;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridgov.registry.geometry.Boundaries;
import org.gridgov.registry.unit.UnitReads;
import org.gridgov.runtime.security.AllowedRoles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "coverage", description = "Whether children tile their parent: gaps, overlaps, protrusions")
class CoverageController {

    private final Coverages coverages;
    private final UnitReads units;

    CoverageController(Coverages coverages, UnitReads units) {
        this.coverages = coverages;
        this.units = units;
    }

    @GetMapping("/api/units/{code}/coverage")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, MEDIATOR, INSPECTOR, ADMIN})
    @Operation(summary = "Do the unit's children tile it? Each gap, overlap and protrusion with its area (m²) and geometry")
    CoverageView coverage(@PathVariable String code) {
        return CoverageView.of(coverages.of(units.visibleActive(code)));
    }

    /** A coverage report with its pieces as GeoJSON. */
    record CoverageView(String code, int children, double parentAreaSquareMetres, double coveredAreaSquareMetres,
                        boolean tiled, List<Piece> gaps, List<Piece> overlaps, List<Piece> outside,
                        List<String> withoutBoundary) {

        static CoverageView of(CoverageReport report) {
            return new CoverageView(report.parentCode(), report.children(), round(report.parentArea()),
                    round(report.coveredArea()), report.tiled(),
                    report.gaps().stream().map(gap -> new Piece(List.of(), round(gap.area()), Boundaries.toGeoJson(gap.geometry()))).toList(),
                    report.overlaps().stream().map(overlap -> new Piece(overlap.codes(), round(overlap.area()), Boundaries.toGeoJson(overlap.geometry()))).toList(),
                    report.outside().stream().map(out -> new Piece(List.of(out.code()), round(out.area()), Boundaries.toGeoJson(out.geometry()))).toList(),
                    report.withoutBoundary());
        }

        private static double round(double squareMetres) {
            return Math.round(squareMetres * 10) / 10.0;
        }
    }

    /**
     * @param codes the children concerned: none for a gap, two for an overlap, one for a protrusion
     */
    record Piece(List<String> codes, double areaSquareMetres, JsonNode geometry) {
    }
}
