package org.gridgov.cases.routing;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a problem lies: its grid and the units above it, one per level, with the routing mode the
 * grid inherits and the grid's worker, if it has one.
 *
 * @param gridCode   the deepest unit of the report (a grid, or a micro-grid below one)
 * @param units      the unit holding each level for this grid; a territory may lack a level
 *                   (a grid straight under a town), never the grid itself
 * @param mode       the effective routing mode of the grid
 * @param gridWorker account id of the grid's worker, empty when the grid has none
 */
public record Placement(String gridCode, Map<Level, String> units, RoutingMode mode, Optional<String> gridWorker) {

    public Placement {
        if (!units.containsKey(Level.GRID)) {
            throw new IllegalArgumentException("a placement needs the unit of its grid");
        }
        units = Map.copyOf(new EnumMap<>(units));
    }

    /**
     * The unit that holds {@code level} for this grid; where the territory lacks the level, the
     * nearest one above it (and the highest one known when nothing is above).
     */
    public Held unitAtOrAbove(Level level) {
        for (Level candidate : Level.values()) {
            if (!level.isAbove(candidate) && units.containsKey(candidate)) {
                return new Held(candidate, units.get(candidate));
            }
        }
        Level highest = Level.GRID;
        for (Level known : units.keySet()) {
            highest = Level.max(highest, known);
        }
        return new Held(highest, units.get(highest));
    }

    /** A level and the unit at it. */
    public record Held(Level level, String unitCode) {
    }
}
