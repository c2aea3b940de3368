package org.gridgov.events.cases;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.EventType;

/** Verification on site failed: the case goes back to its handler for rework. */
@EventType(value = "org.gridgov.case.reopened.v1", schema = "case/reopened.v1.json")
public record CaseReopened(UUID caseId, String verifierId, String reason, int reworkCount, Instant reopenedAt) {
}
