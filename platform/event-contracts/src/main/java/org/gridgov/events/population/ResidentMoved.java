package org.gridgov.events.population;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.EventType;

/**
 * A person on the ledger moved house or grid inside the territory, or changed residence status
 * (a floating resident who registers their household here). The grids are equal when only the
 * house or the status changed. Key: the resident id.
 *
 * @param residentId      the resident's id in population; the Kafka key
 * @param householdId     the household the person belongs to after the move, or null when in none
 * @param fromGridCode    the grid whose ledger held the person before
 * @param toGridCode      the grid whose ledger holds the person now
 * @param fromHouseId     the house the person lived in before, or null when unknown
 * @param toHouseId       the house the person lives in now, or null when unknown
 * @param previousStatus  the residence status before: {@code REGISTERED_RESIDENT}, {@code LIVING_ELSEWHERE},
 *                        {@code FLOATING_IN} or {@code FLOATING_OUT}
 * @param residenceStatus the residence status now, from the same list
 * @param movedAt         when the move took effect
 */
@EventType(value = "org.gridgov.population.resident-moved.v1", schema = "population/resident-moved.v1.json")
public record ResidentMoved(UUID residentId, UUID householdId, String fromGridCode, String toGridCode,
                            UUID fromHouseId, UUID toHouseId, String previousStatus, String residenceStatus,
                            Instant movedAt) {
}
