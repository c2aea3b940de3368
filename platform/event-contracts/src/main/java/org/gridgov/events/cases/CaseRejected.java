package org.gridgov.events.cases;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.EventType;

/** A report was not filed: a duplicate of an open case, or invalid; {@code reason} says which. */
@EventType(value = "org.gridgov.case.rejected.v1", schema = "case/rejected.v1.json")
public record CaseRejected(UUID reportId, UUID caseId, String reason, UUID duplicateOf, Instant rejectedAt) {
}
