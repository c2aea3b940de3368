package org.gridgov.registry.transfer;

import static org.gridgov.runtime.security.Role.ADMIN;
import static org.gridgov.runtime.security.Role.COMMAND_CENTRE;
import static org.gridgov.runtime.security.Role.GRID_LEADER;
import static org.gridgov.runtime.security.Role.GRID_WORKER;
import static org.gridgov.runtime.security.Role.INSPECTOR;
import static org.gridgov.runtime.security.Role.MEDIATOR;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;

import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridgov.registry.unit.Territories;
import org.gridgov.registry.unit.UnitDraft;
import org.gridgov.registry.unit.UnitLevel;
import org.gridgov.registry.unit.UnitReads;
import org.gridgov.registry.unit.UnitRepository;
import org.gridgov.runtime.security.AllowedRoles;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@Tag(name = "transfer", description = "Units in and out as GeoJSON")
class TransferController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final UnitImport imports;
    private final UnitReads reads;
    private final UnitRepository units;

    TransferController(UnitImport imports, UnitReads reads, UnitRepository units) {
        this.imports = imports;
        this.reads = reads;
        this.units = units;
    }

    @PostMapping("/api/units/import")
    @AllowedRoles({COMMAND_CENTRE, ADMIN})
    @Operation(summary = "Import a FeatureCollection of units, all or nothing; requireTiling=true also refuses a file that leaves a parent untiled")
    UnitImport.ImportReport importUnits(@RequestBody JsonNode collection,
                                        @RequestParam(defaultValue = "false") boolean repair,
                                        @RequestParam(defaultValue = "false") boolean requireTiling) {
        return imports.importAll(collection, repair, requireTiling);
    }

    @GetMapping("/api/units/{code}/export")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, MEDIATOR, INSPECTOR, ADMIN})
    @Transactional(readOnly = true)
    @Operation(summary = "The unit and its active descendants as a FeatureCollection, in the import format")
    ResponseEntity<JsonNode> export(@PathVariable String code) {
        reads.visibleActive(code);
        List<UnitDraft> subtree = units.subtree(code, UnitLevel.MICRO_GRID.codeLength()).stream().map(UnitDraft::of).toList();
        return ResponseEntity.ok().contentType(GEO_JSON).body(UnitFeatures.write(subtree));
    }
}
