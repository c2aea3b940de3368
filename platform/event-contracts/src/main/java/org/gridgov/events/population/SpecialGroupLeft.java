package org.gridgov.events.population;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.EventType;

/**
 * A special-group membership ended; no more visits fall due for it. Key: the resident id.
 *
 * @param membershipId the membership's id in population
 * @param residentId   the former member's resident id; the Kafka key
 * @param gridCode     the member's grid
 * @param group        the group, as in {@link SpecialGroupJoined#group()}
 * @param reason       {@code NO_LONGER_ELIGIBLE} (the child grew up, the correction ended), {@code MOVED_AWAY},
 *                     {@code DECEASED} or {@code ENTERED_IN_ERROR}
 * @param leftAt       when the membership ended
 *
 * @deprecated retired, no longer published: it carried the special group beside the resident id,
 *             which told every consumer who is in which group. SpecialGroupLeftV2 replaces it; this
 *             type stays so the topic's older records still read.
 */
@Deprecated
@EventType(value = "org.gridgov.population.special-group-left.v1", schema = "population/special-group-left.v1.json")
public record SpecialGroupLeft(UUID membershipId, UUID residentId, String gridCode, String group, String reason,
                               Instant leftAt) {
}
