package org.gridgov.population.household;

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
@Tag(name = "households")
class HouseholdController {

    private final Households households;

    HouseholdController(Households households) {
        this.households = households;
    }

    @PostMapping("/api/households")
    @AllowedRoles({GRID_WORKER, GRID_LEADER})
    @ResponseStatus(HttpStatus.CREATED)
    HouseholdView form(@Valid @RequestBody HouseholdRequests.NewHousehold request) {
        return households.form(request);
    }

    @GetMapping("/api/households/{householdId}")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, INSPECTOR, ADMIN})
    HouseholdView get(@PathVariable UUID householdId, @RequestParam(required = false) Purpose purpose) {
        return households.get(householdId, purpose);
    }

    @GetMapping("/api/households")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, INSPECTOR, ADMIN})
    List<HouseholdView> list(@RequestParam(required = false) @Pattern(regexp = "\\d{6,21}") String unit,
                             @RequestParam(defaultValue = "0") @Min(0) int page,
                             @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return households.list(unit, size, page * size);
    }

    @PostMapping("/api/households/{householdId}/members")
    @AllowedRoles({GRID_WORKER, GRID_LEADER})
    HouseholdView addMember(@PathVariable UUID householdId, @Valid @RequestBody HouseholdRequests.NewMember request) {
        return households.addMember(householdId, request);
    }

    @DeleteMapping("/api/households/{householdId}/members/{residentId}")
    @AllowedRoles({GRID_WORKER, GRID_LEADER})
    HouseholdView removeMember(@PathVariable UUID householdId, @PathVariable UUID residentId) {
        return households.removeMember(householdId, residentId);
    }

    @PutMapping("/api/households/{householdId}/head")
    @AllowedRoles({GRID_WORKER, GRID_LEADER})
    HouseholdView changeHead(@PathVariable UUID householdId, @Valid @RequestBody HouseholdRequests.HeadChange request) {
        return households.changeHead(householdId, request);
    }

    @PostMapping("/api/households/{householdId}/move")
    @AllowedRoles({GRID_WORKER, GRID_LEADER})
    HouseholdView move(@PathVariable UUID householdId, @Valid @RequestBody HouseholdRequests.HouseholdMove request) {
        return households.move(householdId, request);
    }

    @DeleteMapping("/api/households/{householdId}")
    @AllowedRoles({GRID_WORKER, GRID_LEADER})
    HouseholdView dissolve(@PathVariable UUID householdId) {
        return households.dissolve(householdId);
    }
}
