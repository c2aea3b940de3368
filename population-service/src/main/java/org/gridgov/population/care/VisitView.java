package org.gridgov.population.care;

import java.time.Instant;
import java.util.UUID;

/**
 * A visit; {@code findings} and {@code readings} only in a full view, null in a masked one or a list.
 */
public record VisitView(UUID id, UUID residentId, UUID householdId, UUID membershipId, String gridCode,
                 String visitorAccountId, VisitKind kind, Instant visitedAt, Instant loggedAt, boolean followUpNeeded,
                 String findings, Readings readings, boolean masked) {
}
