package org.gridgov.population.care;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A member whose visit is due or overdue, as the carer's list shows it: the name masked, the group
 * null and {@code masked} true for a caller whose work the group is not ({@link GroupDisclosure}).
 */
record DueVisit(UUID membershipId, UUID residentId, String name, String gridCode, SpecialGroup group,
                RiskLevel riskLevel, List<String> carerAccountIds, Instant lastVisitedAt, Instant dueAt, boolean overdue,
                boolean masked) {

    DueVisit withoutGroup() {
        return new DueVisit(membershipId, residentId, name, gridCode, null, riskLevel, carerAccountIds, lastVisitedAt, dueAt,
                overdue, true);
    }
}
