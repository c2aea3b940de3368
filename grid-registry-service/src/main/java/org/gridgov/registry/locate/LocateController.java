package org.gridgov.registry.locate;

import static org.gridgov.runtime.security.Role.ADMIN;
import static org.gridgov.runtime.security.Role.COMMAND_CENTRE;
import static org.gridgov.runtime.security.Role.GRID_LEADER;
import static org.gridgov.runtime.security.Role.GRID_WORKER;
import static org.gridgov.runtime.security.Role.INSPECTOR;
import static org.gridgov.runtime.security.Role.MEDIATOR;
import static org.gridgov.runtime.security.Role.SERVICE;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.gridgov.registry.staff.Assignment;
import org.gridgov.registry.staff.StaffRepository;
import org.gridgov.registry.staff.StaffRole;
import org.gridgov.registry.unit.RoutingMode;
import org.gridgov.registry.unit.Territories;
import org.gridgov.registry.unit.Unit;
import org.gridgov.registry.unit.UnitCodes;
import org.gridgov.registry.unit.UnitKind;
import org.gridgov.registry.unit.UnitLevel;
import org.gridgov.registry.unit.UnitRepository;
import org.gridgov.runtime.security.AllowedRoles;
import org.gridgov.runtime.web.NotFoundException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "locate", description = "Which grid a reported point falls in")
class LocateController {

    private final Locator locator;
    private final UnitRepository units;
    private final StaffRepository staff;

    LocateController(Locator locator, UnitRepository units, StaffRepository staff) {
        this.locator = locator;
        this.units = units;
        this.staff = staff;
    }

    @GetMapping("/api/grids/locate")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, MEDIATOR, INSPECTOR, ADMIN, SERVICE})
    @Transactional(readOnly = true)
    @Operation(summary = "The deepest unit containing the point, its ancestors and its grid worker; 404 outside every unit")
    Located locate(@RequestParam @DecimalMin("-180") @DecimalMax("180") double lon,
                   @RequestParam @DecimalMin("-90") @DecimalMax("90") double lat) {
        String code = locator.locate(lon, lat)
                .filter(Territories::visible)
                .orElseThrow(() -> new NotFoundException("unit at", "(" + lon + ", " + lat + ")"));
        List<String> chain = UnitCodes.chainOf(code);
        List<Unit> found = units.findAll(chain);
        if (found.size() != chain.size()) {
            // The index is a moment behind a retirement committed by another replica.
            throw new NotFoundException("unit at", "(" + lon + ", " + lat + ")");
        }
        Map<String, RoutingMode> ownModes = new HashMap<>();
        found.stream().filter(unit -> unit.routingMode() != null).forEach(unit -> ownModes.put(unit.code(), unit.routingMode()));
        Unit unit = found.getLast();
        Assignment worker = staff.activeIn(chain).stream()
                .filter(assignment -> assignment.role() == StaffRole.GRID_WORKER)
                .max((a, b) -> Integer.compare(a.unitCode().length(), b.unitCode().length()))
                .orElse(null);
        List<Ancestor> ancestors = found.subList(0, found.size() - 1).stream()
                .map(ancestor -> new Ancestor(ancestor.code(), ancestor.name(), ancestor.level())).toList();
        return new Located(unit.code(), unit.name(), unit.level(), unit.kind(), RoutingMode.effective(chain, ownModes),
                ancestors, worker == null ? null : new GridWorker(worker.unitCode(), worker.accountId(),
                worker.displayName(), worker.workPhone()));
    }

    /**
     * @param ancestors  from the county down to the parent
     * @param gridWorker the worker of the unit or, for a micro-grid without one, of its nearest ancestor that has one
     */
    record Located(String code, String name, UnitLevel level, UnitKind kind, RoutingMode routingMode,
                   List<Ancestor> ancestors, GridWorker gridWorker) {
    }

    record Ancestor(String code, String name, UnitLevel level) {
    }

    record GridWorker(String unitCode, String accountId, String displayName, String workPhone) {
    }
}
