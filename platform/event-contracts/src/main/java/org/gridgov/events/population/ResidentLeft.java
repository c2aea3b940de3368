package org.gridgov.events.population;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.EventType;

/**
 * A person no longer lives in the grid: moved away for good, went to live and work elsewhere
 * (floating out: still registered here), a floating resident departed, or died. The record stays in
 * population, so a person who left is still traceable. Key: the resident id.
 *
 * @param residentId     the resident's id in population; the Kafka key
 * @param householdId    the household the person belonged to, or null when in none
 * @param gridCode       the grid the person left
 * @param reason         {@code MOVED_AWAY}, {@code FLOATING_OUT}, {@code FLOATING_DEPARTURE} or {@code DECEASED}
 * @param toDivisionCode the division (county, town or village code) the person went to, or null when
 *                       unknown or deceased; a place, never an address
 * @param leftAt         when the person left, as recorded
 */
@EventType(value = "org.gridgov.population.resident-left.v1", schema = "population/resident-left.v1.json")
public record ResidentLeft(UUID residentId, UUID householdId, String gridCode, String reason, String toDivisionCode,
                           Instant leftAt) {
}
