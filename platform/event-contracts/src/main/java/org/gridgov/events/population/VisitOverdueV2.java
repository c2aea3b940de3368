package org.gridgov.events.population;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gridgov.events.EventType;

/**
 * A special-group member was not visited within the membership's visit frequency: the visit is
 * overdue and shows in the carers' lists. Published once per missed due time, by the membership's
 * opaque reference only (no group, no member). Replaces {@link VisitOverdue}. Key: the membership id.
 *
 * @param membershipId    the membership's id in population, opaque to consumers; the Kafka key
 * @param gridCode        the grid whose carers look after the member
 * @param carerAccountIds the staff accounts to remind, at least one
 * @param lastVisitedAt   when the member was last visited, or null when never
 * @param dueAt           when the visit fell due
 * @param detectedAt      when population found the visit overdue
 */
@EventType(value = "org.gridgov.population.visit-overdue.v2", schema = "population/visit-overdue.v2.json")
public record VisitOverdueV2(UUID membershipId, String gridCode, List<String> carerAccountIds, Instant lastVisitedAt,
                             Instant dueAt, Instant detectedAt) {
}
