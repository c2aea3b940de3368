package org.gridgov.events.population;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gridgov.events.EventType;

/**
 * A special-group member was not visited within the group's visit frequency: the visit is overdue
 * and shows in the carers' lists. Published once per missed due time. Key: the resident id.
 *
 * @param membershipId    the membership's id in population
 * @param residentId      the member's resident id; the Kafka key
 * @param gridCode        the member's grid
 * @param group           the group, as in {@link SpecialGroupJoined#group()}
 * @param carerAccountIds the staff accounts that care for the member, at least one
 * @param lastVisitedAt   when the member was last visited, or null when never
 * @param dueAt           when the visit fell due
 * @param detectedAt      when population found the visit overdue
 *
 * @deprecated retired, no longer published: it carried the special group beside the resident id,
 *             which told every consumer who is in which group. VisitOverdueV2 replaces it; this
 *             type stays so the topic's older records still read.
 */
@Deprecated
@EventType(value = "org.gridgov.population.visit-overdue.v1", schema = "population/visit-overdue.v1.json")
public record VisitOverdue(UUID membershipId, UUID residentId, String gridCode, String group,
                           List<String> carerAccountIds, Instant lastVisitedAt, Instant dueAt, Instant detectedAt) {
}
