package org.gridgov.population.household;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A household and its current members; names masked unless the view is a full one. */
record HouseholdView(UUID id, String gridCode, UUID houseId, UUID headResidentId, List<Member> members,
                     Instant formedAt, Instant dissolvedAt, boolean masked) {

    record Member(UUID residentId, String name, Relation relation, Instant joinedAt) {
    }
}
