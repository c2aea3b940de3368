package org.gridgov.events.population;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.EventType;

/**
 * A visit to a person or a household was logged. Only that it happened, by whom, of what kind and
 * whether it needs a follow-up: what was found (notes, readings such as blood pressure) stays in
 * population. Key: the resident id, or the household id for a visit to a household.
 *
 * @param visitId          the visit's id in population
 * @param residentId       the person visited, or null for a visit to a household
 * @param householdId      the household visited, or the person's household; null when neither applies
 * @param membershipId     the special-group membership the visit counts for, or null
 * @param group            the group of that membership, or null when the visit counts for none
 * @param gridCode         the grid of the person or household visited
 * @param visitorAccountId the staff account that made the visit
 * @param kind             {@code ROUTINE}, {@code SPECIAL_GROUP_CARE}, {@code FOLLOW_UP},
 *                         {@code FLOATING_POPULATION_CHECK} or {@code DISPUTE_CHECK}
 * @param followUpNeeded   whether the visitor asked for a follow-up
 * @param visitedAt        when the visit took place
 * @param loggedAt         when the visit was logged
 *
 * @deprecated retired, no longer published: it carried the special group beside the resident id,
 *             which told every consumer who is in which group. VisitLoggedV2 replaces it; this
 *             type stays so the topic's older records still read.
 */
@Deprecated
@EventType(value = "org.gridgov.population.visit-logged.v1", schema = "population/visit-logged.v1.json")
public record VisitLogged(UUID visitId, UUID residentId, UUID householdId, UUID membershipId, String group,
                          String gridCode, String visitorAccountId, String kind, boolean followUpNeeded,
                          Instant visitedAt, Instant loggedAt) {
}
