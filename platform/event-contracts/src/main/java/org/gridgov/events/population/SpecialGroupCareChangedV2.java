package org.gridgov.events.population;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gridgov.events.EventType;

/**
 * The care of a special-group membership changed (carers, risk level or visit frequency): the carers
 * after the change, by the membership's opaque reference only. Replaces
 * {@link SpecialGroupCareChanged}, which carried the group, the member and the care settings, from
 * which the kind of group could be told. Key: the membership id.
 *
 * @param membershipId    the membership's id in population, opaque to consumers; the Kafka key
 * @param gridCode        the grid whose carers look after the member
 * @param carerAccountIds every staff account that cares for the member after the change, at least one
 * @param changedAt       when the change took effect
 */
@EventType(value = "org.gridgov.population.special-group-care-changed.v2",
        schema = "population/special-group-care-changed.v2.json")
public record SpecialGroupCareChangedV2(UUID membershipId, String gridCode, List<String> carerAccountIds,
                                        Instant changedAt) {
}
