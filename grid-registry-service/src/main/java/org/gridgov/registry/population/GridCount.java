package org.gridgov.registry.population;

import java.time.Instant;

import org.gridgov.events.population.GridPopulationCounted;

/**
 * Population's count of one grid, as stored: the whole count, never a delta.
 *
 * @param version population's version of the count; the highest one wins
 */
public record GridCount(String gridCode, int households, int residents, int enterprises, long version,
                        Instant countedAt) {

    static GridCount of(GridPopulationCounted counted) {
        return new GridCount(counted.gridCode(), counted.households(), counted.residents(), counted.enterprises(),
                counted.version(), counted.countedAt());
    }
}
