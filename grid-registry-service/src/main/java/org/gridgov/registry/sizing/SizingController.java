package org.gridgov.registry.sizing;

import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridgov.registry.unit.Unit;
import org.gridgov.registry.unit.UnitLevel;
import org.gridgov.registry.unit.UnitReads;
import org.gridgov.registry.unit.UnitRepository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "sizing", description = "Grids outside the sizing standard")
class SizingController {

    private final UnitReads reads;
    private final UnitRepository units;
    private final SizingStandard standard;

    SizingController(UnitReads reads, UnitRepository units, SizingProperties properties) {
        this.reads = reads;
        this.units = units;
        this.standard = properties.standard();
    }

    @GetMapping("/api/units/{code}/sizing")
    @Transactional(readOnly = true)
    @Operation(summary = "The grids at or below the unit that are outside the sizing standard")
    Sizing sizing(@PathVariable String code) {
        reads.visibleActive(code);
        List<Unit> grids = units.subtree(code, UnitLevel.GRID.codeLength()).stream()
                .filter(unit -> unit.level() == UnitLevel.GRID).toList();
        List<SizingStandard.Finding> findings = grids.stream().map(standard::assess).flatMap(Optional::stream).toList();
        return new Sizing(code, grids.size(), findings);
    }

    /**
     * @param grids    how many active grids were assessed
     * @param outliers the grids outside the standard
     */
    record Sizing(String code, int grids, List<SizingStandard.Finding> outliers) {
    }
}
