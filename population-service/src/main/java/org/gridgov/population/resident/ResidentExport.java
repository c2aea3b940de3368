package org.gridgov.population.resident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gridgov.population.care.MembershipView;
import org.gridgov.population.care.VisitView;
import org.gridgov.population.protection.AccessEntry;

/** Everything population holds about one person, in full: what they are shown when they ask. */
record ResidentExport(ResidentView resident, List<HouseholdMembership> households, List<MembershipView> specialGroups,
                      List<VisitView> visits, List<AccessEntry> accesses) {

    record HouseholdMembership(UUID householdId, String relation, Instant joinedAt, Instant leftAt) {
    }
}
