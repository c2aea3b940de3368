package org.gridgov.events.cases;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.EventType;

/** The deadline of the stage a case is in passed: the light is red. */
@EventType(value = "org.gridgov.case.overdue.v1", schema = "case/overdue.v1.json")
public record CaseOverdue(UUID caseId, String stage, String unitCode, String level, String departmentCode,
                          Instant dueAt, Instant overdueAt) {
}
