package org.gridgov.registry.unit;

import static org.gridgov.runtime.security.Role.ADMIN;
import static org.gridgov.runtime.security.Role.COMMAND_CENTRE;
import static org.gridgov.runtime.security.Role.GRID_LEADER;
import static org.gridgov.runtime.security.Role.GRID_WORKER;
import static org.gridgov.runtime.security.Role.INSPECTOR;
import static org.gridgov.runtime.security.Role.MEDIATOR;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.gridgov.registry.geometry.Boundaries;
import org.gridgov.runtime.security.AllowedRoles;
import org.gridgov.runtime.web.FieldError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/units")
@Tag(name = "units", description = "The territory's units: county, towns, villages, grids, micro-grids")
class UnitController {

    private final UnitWrites writes;
    private final UnitReads reads;

    UnitController(UnitWrites writes, UnitReads reads) {
        this.writes = writes;
        this.reads = reads;
    }

    @PutMapping("/{code}")
    @AllowedRoles({COMMAND_CENTRE, ADMIN})
    @Operation(summary = "Create or change a unit; an invalid boundary is refused with the reason, or repaired with repair=true")
    ResponseEntity<UnitView> put(@PathVariable String code, @RequestParam(defaultValue = "false") boolean repair,
                                 @Valid @RequestBody UnitRequest request) {
        Boundaries.Read boundary = Boundaries.read(request.boundary(), repair);
        UnitDraft draft = new UnitDraft(code, request.name(), request.level(), request.kind(), request.households(),
                request.enterprises(), request.routingMode(), boundary.geometry());
        List<FieldError> problems = new ArrayList<>(UnitDraftRules.problems(draft, ""));
        if (boundary.refused()) {
            problems.add(new FieldError("boundary", boundary.problem()));
        }
        if (request.parentCode() != null && !request.parentCode().equals(draft.parentCode())) {
            problems.add(new FieldError("parentCode", "must be the unit's code without its last three digits"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDraftsException(problems);
        }
        Territories.requireChange(code);
        UnitWrites.Saved saved = writes.save(List.of(draft));
        return ResponseEntity.status(saved.created().isEmpty() ? HttpStatus.OK : HttpStatus.CREATED).body(reads.view(code));
    }

    @GetMapping("/{code}")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, MEDIATOR, INSPECTOR, ADMIN})
    @Operation(summary = "A unit with its boundary and effective routing mode")
    UnitView get(@PathVariable String code) {
        return reads.view(code);
    }

    @GetMapping("/{code}/children")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, MEDIATOR, INSPECTOR, ADMIN})
    @Operation(summary = "The active children of a unit")
    List<UnitSummary> children(@PathVariable String code) {
        return reads.children(code);
    }

    @GetMapping("/{code}/tree")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, MEDIATOR, INSPECTOR, ADMIN})
    @Operation(summary = "A unit and its active descendants, depth levels down")
    UnitSummary tree(@PathVariable String code,
                     @RequestParam(defaultValue = "1") @Min(0) @Max(UnitReads.MAX_TREE_DEPTH) int depth) {
        return reads.tree(code, depth);
    }

    @DeleteMapping("/{code}")
    @AllowedRoles({COMMAND_CENTRE, ADMIN})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Retire a unit without active children or staff; it stays readable with retired=true")
    void retire(@PathVariable String code) {
        Territories.requireChange(code);
        writes.retire(code);
    }
}
