package org.gridgov.cases.routing;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gridgov.events.units.UnitState;
import org.gridgov.runtime.units.UnitReplica;
import org.springframework.stereotype.Component;

/**
 * The territory as routing needs it, read from this service's replica of {@code grid.units}
 * (event-carried state: routing a case never calls the registry).
 */
@Component
public class UnitDirectory {

    static final String GRID_WORKER = "GRID_WORKER";

    private final UnitReplica replica;

    UnitDirectory(UnitReplica replica) {
        this.replica = replica;
    }

    /**
     * Where a grid lies: the units above it by level, its routing mode and its worker.
     *
     * @throws TerritoryUnavailableException while the replica is still reading the topic
     */
    public Lookup place(String gridCode) {
        if (!replica.isCaughtUp()) {
            throw new TerritoryUnavailableException();
        }
        Optional<UnitState> found = replica.find(gridCode);
        if (found.isEmpty()) {
            return new Lookup.Refused("unit " + gridCode + " is not part of the territory");
        }
        UnitState unit = found.get();
        if (unit.retired()) {
            return new Lookup.Refused("grid " + gridCode + " is retired");
        }
        if (!"GRID".equals(unit.level()) && !"MICRO_GRID".equals(unit.level())) {
            return new Lookup.Refused("unit " + gridCode + " is a " + unit.level().toLowerCase() + ", not a grid");
        }
        List<UnitState> ancestors = replica.ancestors(gridCode);
        Map<Level, String> units = new EnumMap<>(Level.class);
        // A micro-grid is served by the grid above it: its worker and its place in the chain.
        UnitState grid = "MICRO_GRID".equals(unit.level())
                ? ancestors.stream().filter(up -> "GRID".equals(up.level())).findFirst().orElse(unit)
                : unit;
        units.put(Level.GRID, grid.code());
        for (UnitState up : ancestors) {
            levelOf(up.level()).ifPresent(level -> units.putIfAbsent(level, up.code()));
        }
        Optional<String> worker = replica.staffOf(grid.code(), GRID_WORKER);
        return new Lookup.Placed(new Placement(gridCode, units, RoutingMode.valueOf(unit.routingMode()), worker));
    }

    private static Optional<Level> levelOf(String unitLevel) {
        return switch (unitLevel) {
            case "VILLAGE" -> Optional.of(Level.VILLAGE);
            case "TOWN" -> Optional.of(Level.TOWN);
            case "COUNTY" -> Optional.of(Level.COUNTY);
            default -> Optional.empty();
        };
    }

    /** The answer for one grid code. */
    public sealed interface Lookup {

        record Placed(Placement placement) implements Lookup {
        }

        /** The code names no grid that may take cases, and why. */
        record Refused(String reason) implements Lookup {
        }
    }
}
