package org.gridgov.population.care;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A special-group membership: references and care, no personal data. The group is null and
 * {@code masked} true for a caller whose work the group is not ({@link GroupDisclosure}).
 */
public record MembershipView(UUID id, UUID residentId, String gridCode, SpecialGroup group, RiskLevel riskLevel,
                             int visitIntervalDays, List<String> carerAccountIds, Instant joinedAt,
                             Instant lastVisitedAt, Instant dueAt, Instant leftAt, String leftReason, boolean masked) {

    MembershipView withoutGroup() {
        return new MembershipView(id, residentId, gridCode, null, riskLevel, visitIntervalDays, carerAccountIds, joinedAt,
                lastVisitedAt, dueAt, leftAt, leftReason, true);
    }
}
