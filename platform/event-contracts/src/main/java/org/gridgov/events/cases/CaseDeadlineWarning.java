package org.gridgov.events.cases;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.EventType;

/** The deadline of the stage a case is in turned yellow: most of its time limit has passed. */
@EventType(value = "org.gridgov.case.deadline-warning.v1", schema = "case/deadline-warning.v1.json")
public record CaseDeadlineWarning(UUID caseId, String stage, String unitCode, String level, Instant dueAt,
                                  Instant warnedAt) {
}
