package org.gridgov.registry.staff;

import static org.gridgov.runtime.security.Role.ADMIN;
import static org.gridgov.runtime.security.Role.COMMAND_CENTRE;
import static org.gridgov.runtime.security.Role.GRID_LEADER;
import static org.gridgov.runtime.security.Role.GRID_WORKER;
import static org.gridgov.runtime.security.Role.INSPECTOR;
import static org.gridgov.runtime.security.Role.MEDIATOR;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.gridgov.registry.unit.Territories;
import org.gridgov.registry.unit.Unit;
import org.gridgov.registry.unit.UnitReads;
import org.gridgov.registry.unit.UnitRepository;
import org.gridgov.runtime.security.AllowedRoles;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "staff", description = "Grid workers, leaders, answerable cadres and other staff of each unit")
class StaffController {

    private static final String ACCOUNT = "[A-Za-z0-9._@:-]{1,64}";

    private final StaffService staff;
    private final UnitReads units;
    private final UnitRepository unitRows;

    StaffController(StaffService staff, UnitReads units, UnitRepository unitRows) {
        this.staff = staff;
        this.units = units;
        this.unitRows = unitRows;
    }

    @PutMapping("/api/units/{code}/staff/{role}/{accountId}")
    @AllowedRoles({COMMAND_CENTRE, ADMIN})
    @Operation(summary = "Assign an account to a role in a unit; replace=true hands a grid over from its current worker")
    StaffView assign(@PathVariable String code, @PathVariable StaffRole role,
                     @PathVariable @Pattern(regexp = ACCOUNT, message = "must be an account id") String accountId,
                     @RequestParam(defaultValue = "false") boolean replace, @Valid @RequestBody StaffRequest request) {
        Territories.requireChange(code);
        return StaffView.of(staff.assign(code, role, accountId, request, replace));
    }

    @DeleteMapping("/api/units/{code}/staff/{role}/{accountId}")
    @AllowedRoles({COMMAND_CENTRE, ADMIN})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End an assignment; it stays in the unit's history")
    void release(@PathVariable String code, @PathVariable StaffRole role, @PathVariable String accountId) {
        Territories.requireChange(code);
        staff.release(code, role, accountId);
    }

    @GetMapping("/api/units/{code}/staff")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, MEDIATOR, INSPECTOR, ADMIN})
    @Operation(summary = "The unit's active staff, or its whole history with history=true")
    List<StaffView> ofUnit(@PathVariable String code, @RequestParam(defaultValue = "false") boolean history) {
        units.visible(code);
        return staff.of(code, history).stream().map(StaffView::of).toList();
    }

    @GetMapping("/api/staff/{accountId}/units")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, MEDIATOR, INSPECTOR, ADMIN})
    @Operation(summary = "The units where an account holds an active role, inside the caller's territory")
    List<AccountUnitView> unitsOf(@PathVariable @Size(max = 64) String accountId) {
        List<Assignment> assignments = staff.ofAccount(accountId).stream()
                .filter(assignment -> Territories.visible(assignment.unitCode())).toList();
        Map<String, Unit> byCode = new HashMap<>();
        unitRows.findAll(assignments.stream().map(Assignment::unitCode).distinct().toList())
                .forEach(unit -> byCode.put(unit.code(), unit));
        return assignments.stream().map(assignment -> {
            Unit unit = byCode.get(assignment.unitCode());
            return new AccountUnitView(unit.code(), unit.name(), unit.level().name(), assignment.role(), assignment.from());
        }).toList();
    }

    /** An assignment as the API shows it: contact details stay inside the registry's API. */
    record StaffView(String unitCode, StaffRole role, String accountId, String displayName, String workPhone,
                     Instant from, Instant to) {

        static StaffView of(Assignment assignment) {
            return new StaffView(assignment.unitCode(), assignment.role(), assignment.accountId(),
                    assignment.displayName(), assignment.workPhone(), assignment.from(), assignment.to());
        }
    }

    record AccountUnitView(String unitCode, String unitName, String level, StaffRole role, Instant from) {
    }
}
