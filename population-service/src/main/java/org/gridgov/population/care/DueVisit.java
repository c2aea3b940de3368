package org.gridgov.population.care;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A member whose visit is due or overdue, as the carer's list shows it: the name masked. */
record DueVisit(UUID membershipId, UUID residentId, String name, String gridCode, SpecialGroup group,
                RiskLevel riskLevel, List<String> carerAccountIds, Instant lastVisitedAt, Instant dueAt, boolean overdue) {
}
