package org.gridgov.population.care;

import static org.gridgov.runtime.security.Role.ADMIN;
import static org.gridgov.runtime.security.Role.COMMAND_CENTRE;
import static org.gridgov.runtime.security.Role.GRID_LEADER;
import static org.gridgov.runtime.security.Role.GRID_WORKER;
import static org.gridgov.runtime.security.Role.INSPECTOR;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.gridgov.population.protection.Purpose;
import org.gridgov.runtime.security.AllowedRoles;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "special groups and visits")
class CareController {

    private final Memberships memberships;
    private final Visits visits;

    CareController(Memberships memberships, Visits visits) {
        this.memberships = memberships;
        this.visits = visits;
    }

    @PostMapping("/api/memberships")
    @AllowedRoles({GRID_WORKER, GRID_LEADER})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enter a person in a special group with a risk level, a visit frequency and carers")
    MembershipView join(@Valid @RequestBody NewMembership request) {
        return memberships.join(request);
    }

    @GetMapping("/api/memberships")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, INSPECTOR, ADMIN})
    List<MembershipView> list(@RequestParam(required = false) @Pattern(regexp = "\\d{6,21}") String unit,
                              @RequestParam(required = false) SpecialGroup group,
                              @RequestParam(required = false) UUID residentId,
                              @RequestParam(defaultValue = "0") @Min(0) int page,
                              @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return memberships.list(unit, group, residentId, size, page * size);
    }

    @GetMapping("/api/memberships/{membershipId}")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, INSPECTOR, ADMIN})
    MembershipView get(@PathVariable UUID membershipId) {
        return memberships.get(membershipId);
    }

    @PutMapping("/api/memberships/{membershipId}/care")
    @AllowedRoles({GRID_WORKER, GRID_LEADER})
    @Operation(summary = "Change carers, risk level or visit frequency")
    MembershipView changeCare(@PathVariable UUID membershipId, @Valid @RequestBody CareChange change) {
        return memberships.changeCare(membershipId, change);
    }

    @PostMapping("/api/memberships/{membershipId}/end")
    @AllowedRoles({GRID_WORKER, GRID_LEADER})
    MembershipView end(@PathVariable UUID membershipId, @Valid @RequestBody Ending ending) {
        return memberships.end(membershipId, ending.reason());
    }

    @PostMapping("/api/visits")
    @AllowedRoles({GRID_WORKER, GRID_LEADER})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Log a visit to a person or a household, with findings and readings")
    VisitView log(@Valid @RequestBody NewVisit request) {
        return visits.log(request);
    }

    @GetMapping("/api/visits/{visitId}")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, INSPECTOR, ADMIN})
    @Operation(summary = "A visit; findings in full for the grid's worker or with a stated purpose, logged")
    VisitView get(@PathVariable UUID visitId, @RequestParam(required = false) Purpose purpose) {
        return visits.get(visitId, purpose);
    }

    @GetMapping("/api/visits")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, INSPECTOR, ADMIN})
    List<VisitView> list(@RequestParam(required = false) UUID residentId,
                         @RequestParam(required = false) UUID householdId,
                         @RequestParam(defaultValue = "0") @Min(0) int page,
                         @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return visits.list(residentId, householdId, size, page * size);
    }

    @GetMapping("/api/visits/due")
    @AllowedRoles({GRID_WORKER, GRID_LEADER})
    @Operation(summary = "Members whose visit is overdue or falls due soon; mine=true for the caller's own list")
    List<DueVisit> due(@RequestParam(required = false) @Pattern(regexp = "\\d{6,21}") String unit,
                       @RequestParam(defaultValue = "false") boolean mine,
                       @RequestParam(defaultValue = "0") @Min(0) @Max(90) int withinDays,
                       @RequestParam(defaultValue = "200") @Min(1) @Max(1000) int size) {
        return visits.due(unit, mine, withinDays, size);
    }

    record Ending(@NotNull LeavingReason reason) {
    }
}
