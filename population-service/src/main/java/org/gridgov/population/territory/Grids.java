package org.gridgov.population.territory;

import java.util.Optional;
import java.util.Set;

import org.gridgov.events.units.UnitState;
import org.gridgov.runtime.units.UnitReplica;
import org.springframework.stereotype.Component;

/**
 * The grids people can be entered in, from this service's replica of {@code grid.units}: a grid or
 * micro-grid that exists and is not retired.
 */
@Component
public class Grids {

    private static final Set<String> LEDGER_LEVELS = Set.of("GRID", "MICRO_GRID");

    private final UnitReplica units;

    Grids(UnitReplica units) {
        this.units = units;
    }

    /** The grid of that code; {@link UnknownGridException} for a unit that is not a live grid. */
    public UnitState require(String gridCode) {
        UnitState unit = units.find(gridCode).orElseThrow(() -> new UnknownGridException(gridCode, "no such grid"));
        if (unit.retired()) {
            throw new UnknownGridException(gridCode, "the grid is retired");
        }
        if (!LEDGER_LEVELS.contains(unit.level())) {
            throw new UnknownGridException(gridCode, "a " + unit.level().toLowerCase() + " is not a grid");
        }
        return unit;
    }

    /** The account of the grid's grid worker, if the registry names one. */
    public Optional<String> gridWorkerOf(String gridCode) {
        return units.staffOf(gridCode, "GRID_WORKER");
    }

    /** Whether the code names a live grid. */
    public boolean exists(String gridCode) {
        return units.find(gridCode).filter(unit -> !unit.retired() && LEDGER_LEVELS.contains(unit.level())).isPresent();
    }
}
