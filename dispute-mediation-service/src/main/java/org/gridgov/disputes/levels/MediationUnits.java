package org.gridgov.disputes.levels;

import java.util.List;
import java.util.Set;

import org.gridgov.events.units.UnitState;
import org.gridgov.runtime.units.UnitReplica;
import org.springframework.stereotype.Component;

/**
 * The units that mediate a grid's disputes and their mediators, from this service's replica of
 * {@code grid.units}: the grid itself, its village, its town and its county.
 */
@Component
public class MediationUnits {

    private static final Set<String> GRID_LEVELS = Set.of("GRID", "MICRO_GRID");

    private final UnitReplica units;

    MediationUnits(UnitReplica units) {
        this.units = units;
    }

    /** The unit that mediates the grid's disputes at {@code level}. */
    public String unitAt(String gridCode, Level level) {
        UnitState grid = grid(gridCode);
        if (level == Level.GRID) {
            return grid.code();
        }
        return units.ancestors(grid.code()).stream()
                .filter(unit -> unit.level().equals(level.name()))
                .map(UnitState::code)
                .findFirst()
                .orElseThrow(() -> new UnknownUnitException(gridCode, level));
    }

    /** Whether the registry knows the code as a grid (or micro-grid) still in service. */
    public UnitState grid(String gridCode) {
        return units.find(gridCode)
                .filter(unit -> GRID_LEVELS.contains(unit.level()) && !unit.retired())
                .orElseThrow(() -> new UnknownUnitException(gridCode, Level.GRID));
    }

    /** The accounts holding the mediator role at the unit. */
    public List<String> mediatorsOf(String unitCode) {
        return units.find(unitCode)
                .map(unit -> unit.staff() == null ? List.<String>of() : unit.staff().stream()
                        .filter(member -> "MEDIATOR".equals(member.role()))
                        .map(UnitState.StaffMember::accountId)
                        .toList())
                .orElse(List.of());
    }
}
