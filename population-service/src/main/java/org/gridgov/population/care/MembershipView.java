package org.gridgov.population.care;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A special-group membership: references and care only, no personal data. */
public record MembershipView(UUID id, UUID residentId, String gridCode, SpecialGroup group, RiskLevel riskLevel,
                             int visitIntervalDays, List<String> carerAccountIds, Instant joinedAt,
                             Instant lastVisitedAt, Instant dueAt, Instant leftAt, String leftReason) {
}
