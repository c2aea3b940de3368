package org.gridgov.events.cases;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.EventType;

/** A case was given to the grid worker of its grid to handle there first. */
@EventType(value = "org.gridgov.case.assigned.v1", schema = "case/assigned.v1.json")
public record CaseAssigned(UUID caseId, String gridCode, String assigneeId, Instant dueAt, Instant assignedAt) {
}
