package org.gridgov.events.population;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.EventType;

/**
 * A visit was logged: that it happened, by whom, of what kind and whether it needs a follow-up; what
 * was found stays in population. A visit that counts for a special-group membership names only the
 * membership's opaque reference, never the person or household visited, so the event does not tell
 * who is in a special group; any other visit names the person or the household. Replaces
 * {@link VisitLogged}, which carried the group beside the resident id. Key: the membership id, else the
 * resident id, else the household id.
 *
 * @param visitId          the visit's id in population
 * @param residentId       the person visited; null for a visit to a household or one counting for a membership
 * @param householdId      the household visited, or the person's household; null for a visit counting for a
 *                         membership
 * @param membershipId     the special-group membership the visit counts for, or null
 * @param gridCode         the grid of the person or household visited
 * @param visitorAccountId the staff account that made the visit
 * @param kind             {@code ROUTINE}, {@code SPECIAL_GROUP_CARE}, {@code FOLLOW_UP},
 *                         {@code FLOATING_POPULATION_CHECK} or {@code DISPUTE_CHECK}
 * @param followUpNeeded   whether the visitor asked for a follow-up
 * @param visitedAt        when the visit took place
 * @param loggedAt         when the visit was logged
 */
@EventType(value = "org.gridgov.population.visit-logged.v2", schema = "population/visit-logged.v2.json")
public record VisitLoggedV2(UUID visitId, UUID residentId, UUID householdId, UUID membershipId, String gridCode,
                            String visitorAccountId, String kind, boolean followUpNeeded, Instant visitedAt,
                            Instant loggedAt) {
}
