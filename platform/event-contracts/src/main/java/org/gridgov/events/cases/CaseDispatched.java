package org.gridgov.events.cases;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.EventType;

/**
 * The level holding a case handed it to a department, to be handled by {@code dueAt}. Published on
 * {@code case.events} (key: case id) and on {@code case.dispatched} (key: department code), which
 * departments' own integrations read.
 */
@EventType(value = "org.gridgov.case.dispatched.v1", schema = "case/dispatched.v1.json")
public record CaseDispatched(UUID caseId, String unitCode, String level, String departmentCode, String category,
                             String instructions, Instant dueAt, Instant dispatchedAt) {
}
