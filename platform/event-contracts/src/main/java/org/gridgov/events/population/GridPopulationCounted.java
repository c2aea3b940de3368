package org.gridgov.events.population;

import java.time.Instant;

import org.gridgov.events.EventType;

/**
 * The counts of a grid after a change of its people, households or legal entities: what
 * grid-registry's sizing check (about 100 households or 10 enterprises per rural grid, 200 households
 * per urban grid) uses. Each record is the whole count, never a delta. Key: the grid code, so the
 * counts of a grid arrive in order; keep the highest {@code version} per grid.
 *
 * @param gridCode    the grid counted; the Kafka key
 * @param households  households whose grid it is
 * @param residents   people living in the grid: registered residents and floating residents who are here
 * @param floatingIn  of those, floating residents ({@code FLOATING_IN})
 * @param enterprises legal entities (enterprises and shops) in the grid
 * @param version     starts at 1 and increases with every count of the grid
 * @param countedAt   when the counts were taken
 */
@EventType(value = "org.gridgov.population.grid-counted.v1", schema = "population/grid-counted.v1.json")
public record GridPopulationCounted(String gridCode, int households, int residents, int floatingIn, int enterprises,
                                    long version, Instant countedAt) {
}
