package org.gridgov.events.population;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gridgov.events.EventType;

/**
 * A special-group membership began: an opaque reference, the grid whose carers look after it and
 * the carers. It names neither the group nor the member (nor their household): membership of a
 * special group is sensitive personal information (PIPL Art. 28), so a consumer that needs either
 * asks population's API for the membership with its own authorization ({@code GET
 * /api/memberships/{membershipId}}), where reads are role-checked and logged. Replaces
 * {@link SpecialGroupJoined}, which carried both. Key: the membership id.
 *
 * @param membershipId    the membership's id in population, opaque to consumers; the Kafka key
 * @param gridCode        the grid whose carers look after the member
 * @param carerAccountIds the staff accounts that care for the member, at least one
 * @param joinedAt        when the membership began
 */
@EventType(value = "org.gridgov.population.special-group-joined.v2", schema = "population/special-group-joined.v2.json")
public record SpecialGroupJoinedV2(UUID membershipId, String gridCode, List<String> carerAccountIds, Instant joinedAt) {
}
