package org.gridgov.events.population;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gridgov.events.EventType;

/**
 * The care of a special-group membership changed: carers assigned or released, the risk level or
 * the visit frequency revised. Carries the whole care after the change, never a delta. Key: the
 * resident id.
 *
 * @param membershipId      the membership's id in population
 * @param residentId        the member's resident id; the Kafka key
 * @param gridCode          the member's grid
 * @param group             the group, as in {@link SpecialGroupJoined#group()}
 * @param riskLevel         {@code LOW}, {@code MEDIUM} or {@code HIGH}, after the change
 * @param visitIntervalDays the days allowed between two visits, after the change
 * @param carerAccountIds   every staff account that cares for the member after the change, at least one
 * @param changedAt         when the change took effect
 *
 * @deprecated retired, no longer published: it carried the special group beside the resident id,
 *             which told every consumer who is in which group. SpecialGroupCareChangedV2 replaces it; this
 *             type stays so the topic's older records still read.
 */
@Deprecated
@EventType(value = "org.gridgov.population.special-group-care-changed.v1",
        schema = "population/special-group-care-changed.v1.json")
public record SpecialGroupCareChanged(UUID membershipId, UUID residentId, String gridCode, String group,
                                      String riskLevel, int visitIntervalDays, List<String> carerAccountIds,
                                      Instant changedAt) {
}
