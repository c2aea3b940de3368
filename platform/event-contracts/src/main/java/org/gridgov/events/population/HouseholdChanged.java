package org.gridgov.events.population;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.EventType;

/**
 * A household was formed, gained or lost a member, changed its head, moved or was dissolved.
 * Relations to the head and addresses stay in population. Key: the household id.
 *
 * @param householdId     the household's id in population; the Kafka key
 * @param gridCode        the grid the household belongs to after the change
 * @param previousGridCode the grid it belonged to before a {@code MOVED}; null for every other change
 * @param houseId         the house the household lives in after the change, or null when unknown
 * @param change          {@code FORMED}, {@code MEMBER_JOINED}, {@code MEMBER_LEFT}, {@code HEAD_CHANGED},
 *                        {@code MOVED} or {@code DISSOLVED}
 * @param residentId      the member who joined or left, or the new head; null for the other changes
 * @param members         the number of members after the change; zero once dissolved
 * @param changedAt       when the change took effect
 */
@EventType(value = "org.gridgov.population.household-changed.v1", schema = "population/household-changed.v1.json")
public record HouseholdChanged(UUID householdId, String gridCode, String previousGridCode, UUID houseId,
                               String change, UUID residentId, int members, Instant changedAt) {
}
