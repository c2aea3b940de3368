package org.gridgov.events.population;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gridgov.events.EventType;

/**
 * A person was entered in a special group's ledger, with a risk level, a visit frequency and the
 * staff accounts that care for them. A person may be in several groups: each membership has its own
 * id. Membership of a group is sensitive: consumers use it to route and count, and never show it
 * beside a person's name. Key: the resident id.
 *
 * @param membershipId      the membership's id in population
 * @param residentId        the member's resident id; the Kafka key
 * @param householdId       the member's household, or null when in none
 * @param gridCode          the member's grid
 * @param group             {@code EMPTY_NEST_ELDERLY}, {@code LEFT_BEHIND_CHILD}, {@code DISABILITY},
 *                          {@code LOW_INCOME}, {@code RELEASED_PRISONER}, {@code COMMUNITY_CORRECTION},
 *                          {@code SERIOUS_MENTAL_ILLNESS} or {@code DRUG_REHABILITATION}
 * @param riskLevel         {@code LOW}, {@code MEDIUM} or {@code HIGH}
 * @param visitIntervalDays how many days may pass between two visits before one is overdue
 * @param carerAccountIds   the staff accounts that care for the member, at least one
 * @param joinedAt          when the membership began
 *
 * @deprecated retired, no longer published: it carried the special group beside the resident id,
 *             which told every consumer who is in which group. SpecialGroupJoinedV2 replaces it; this
 *             type stays so the topic's older records still read.
 */
@Deprecated
@EventType(value = "org.gridgov.population.special-group-joined.v1", schema = "population/special-group-joined.v1.json")
public record SpecialGroupJoined(UUID membershipId, UUID residentId, UUID householdId, String gridCode, String group,
                                 String riskLevel, int visitIntervalDays, List<String> carerAccountIds,
                                 Instant joinedAt) {
}
