package org.gridgov.events.cases;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.EventType;

/**
 * The holder of a case (a department, or the grid worker for a case kept in the grid) reported
 * what it did; the case now waits for verification on site.
 */
@EventType(value = "org.gridgov.case.handled.v1", schema = "case/handled.v1.json")
public record CaseHandled(UUID caseId, String handledBy, String departmentCode, String summary, Instant handledAt) {
}
