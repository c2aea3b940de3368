package org.gridgov.registry.sizing;

import static org.gridgov.runtime.security.Role.ADMIN;
import static org.gridgov.runtime.security.Role.COMMAND_CENTRE;
import static org.gridgov.runtime.security.Role.GRID_LEADER;
import static org.gridgov.runtime.security.Role.GRID_WORKER;
import static org.gridgov.runtime.security.Role.INSPECTOR;
import static org.gridgov.runtime.security.Role.MEDIATOR;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridgov.registry.population.Figures;
import org.gridgov.registry.population.GridCount;
import org.gridgov.registry.population.GridCountRepository;
import org.gridgov.registry.unit.Unit;
import org.gridgov.registry.unit.UnitLevel;
import org.gridgov.registry.unit.UnitReads;
import org.gridgov.registry.unit.UnitRepository;
import org.gridgov.runtime.security.AllowedRoles;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "sizing", description = "Grids outside the sizing standard")
class SizingController {

    private final UnitReads reads;
    private final UnitRepository units;
    private final GridCountRepository counts;
    private final SizingStandard standard;

    SizingController(UnitReads reads, UnitRepository units, GridCountRepository counts, SizingProperties properties) {
        this.reads = reads;
        this.units = units;
        this.counts = counts;
        this.standard = properties.standard();
    }

    @GetMapping("/api/units/{code}/sizing")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, MEDIATOR, INSPECTOR, ADMIN})
    @Transactional(readOnly = true)
    @Operation(summary = "The grids at or below the unit that are outside the sizing standard",
            description = "Each grid is measured by population's latest count of it, or by its declared figures until population has counted it.")
    Sizing sizing(@PathVariable String code) {
        reads.visibleActive(code);
        List<Unit> grids = units.subtree(code, UnitLevel.GRID.codeLength()).stream()
                .filter(unit -> unit.level() == UnitLevel.GRID).toList();
        Map<String, GridCount> counted = counts.findUnder(code);
        List<SizingStandard.Finding> findings = new ArrayList<>();
        int countedGrids = 0;
        for (Unit grid : grids) {
            Figures figures = Figures.of(grid, counted.get(grid.code()));
            if (figures.source() == Figures.Source.COUNTED) {
                countedGrids++;
            }
            standard.assess(grid, figures).ifPresent(findings::add);
        }
        return new Sizing(code, grids.size(), countedGrids, findings);
    }

    /**
     * @param grids    how many active grids were assessed
     * @param counted  how many of them by population's count; the others by their declared figures
     * @param outliers the grids outside the standard
     */
    record Sizing(String code, int grids, int counted, List<SizingStandard.Finding> outliers) {
    }
}
