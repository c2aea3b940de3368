package org.gridgov.population.protection;

import java.time.Instant;
import java.util.UUID;

/** One row of the access log: who read whose data, when, and why. */
public record AccessEntry(long id, Instant accessedAt, String accessorAccountId, String accessorRoles, String action,
                          String subjectKind, UUID subjectId, String gridCode, String purpose) {
}
