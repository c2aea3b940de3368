package org.gridgov.registry.population;

import org.gridgov.registry.unit.Unit;

/**
 * What a count of a grid from population does. Counts of a grid arrive in order (keyed by the grid
 * code), but a partition can be re-read and an older copy sent again, so only a higher version than
 * the stored one counts. A newer count republishes the unit only when it moves the figures its
 * state carries, and never for a retired unit, whose tombstone already removed it from the topic.
 */
public final class CountRules {

    public enum Outcome {
        /** Not newer than the stored count: dropped. */
        STALE,
        /** Stored; the unit's published state stays as it is (or there is no active unit yet). */
        STORED,
        /** Stored, and the unit moves to its next version with the counted figures. */
        STORED_AND_REPUBLISHED
    }

    private CountRules() {
    }

    /**
     * @param stored   the grid's stored count; null when it was never counted
     * @param incoming the count just received
     * @param unit     the unit of the grid's code; null when the registry does not hold it
     */
    public static Outcome outcome(GridCount stored, GridCount incoming, Unit unit) {
        if (stored != null && incoming.version() <= stored.version()) {
            return Outcome.STALE;
        }
        if (unit == null || unit.retired() || Figures.of(unit, stored).sameNumbersAs(Figures.of(unit, incoming))) {
            return Outcome.STORED;
        }
        return Outcome.STORED_AND_REPUBLISHED;
    }
}
