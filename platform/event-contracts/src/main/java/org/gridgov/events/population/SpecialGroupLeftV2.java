package org.gridgov.events.population;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.EventType;

/**
 * A special-group membership ended; no more visits fall due for it. No reason: "deceased" or "moved
 * away" beside a {@link ResidentLeft} of the same moment would name the member. Replaces
 * {@link SpecialGroupLeft}. Key: the membership id.
 *
 * @param membershipId the membership's id in population, opaque to consumers; the Kafka key
 * @param gridCode     the grid whose carers looked after the member
 * @param leftAt       when the membership ended
 */
@EventType(value = "org.gridgov.population.special-group-left.v2", schema = "population/special-group-left.v2.json")
public record SpecialGroupLeftV2(UUID membershipId, String gridCode, Instant leftAt) {
}
