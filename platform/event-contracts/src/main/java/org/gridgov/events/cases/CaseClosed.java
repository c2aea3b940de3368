package org.gridgov.events.cases;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.EventType;

/** The case is closed and its reporter may rate the result. */
@EventType(value = "org.gridgov.case.closed.v1", schema = "case/closed.v1.json")
public record CaseClosed(UUID caseId, String unitCode, String category, boolean onTime, Instant closedAt) {
}
