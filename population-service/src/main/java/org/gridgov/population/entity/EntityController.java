package org.gridgov.population.entity;

import static org.gridgov.runtime.security.Role.ADMIN;
import static org.gridgov.runtime.security.Role.COMMAND_CENTRE;
import static org.gridgov.runtime.security.Role.GRID_LEADER;
import static org.gridgov.runtime.security.Role.GRID_WORKER;
import static org.gridgov.runtime.security.Role.INSPECTOR;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.gridgov.population.protection.Purpose;
import org.gridgov.runtime.security.AllowedRoles;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "legal entities")
class EntityController {

    private final LegalEntities entities;

    EntityController(LegalEntities entities) {
        this.entities = entities;
    }

    @PostMapping("/api/entities")
    @AllowedRoles({GRID_WORKER, GRID_LEADER})
    @ResponseStatus(HttpStatus.CREATED)
    EntityView register(@Valid @RequestBody NewEntity request) {
        return entities.register(request);
    }

    @GetMapping("/api/entities/{entityId}")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, INSPECTOR, ADMIN})
    EntityView get(@PathVariable UUID entityId, @RequestParam(required = false) Purpose purpose) {
        return entities.get(entityId, purpose);
    }

    @PutMapping("/api/entities/{entityId}")
    @AllowedRoles({GRID_WORKER, GRID_LEADER})
    EntityView update(@PathVariable UUID entityId, @Valid @RequestBody NewEntity change) {
        return entities.update(entityId, change);
    }

    @DeleteMapping("/api/entities/{entityId}")
    @AllowedRoles({GRID_WORKER, GRID_LEADER})
    EntityView close(@PathVariable UUID entityId) {
        return entities.close(entityId);
    }

    @GetMapping("/api/entities")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, INSPECTOR, ADMIN})
    List<EntityView> list(@RequestParam(required = false) @Pattern(regexp = "\\d{6,21}") String unit,
                          @RequestParam(required = false) EntityKind kind,
                          @RequestParam(required = false) @Size(max = 18) String creditCode,
                          @RequestParam(defaultValue = "false") boolean includeClosed,
                          @RequestParam(defaultValue = "0") @Min(0) int page,
                          @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return entities.list(unit, kind, creditCode, includeClosed, size, page * size);
    }
}
