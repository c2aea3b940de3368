package org.gridgov.events.cases;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.EventType;

/**
 * A department handed back a case dispatched to it that it does not own; the case is with the unit
 * that dispatched it again ({@code unitCode} at {@code level}), which dispatches it elsewhere or
 * handles it itself.
 */
@EventType(value = "org.gridgov.case.returned.v1", schema = "case/returned.v1.json")
public record CaseReturned(UUID caseId, String departmentCode, String unitCode, String level, String reason,
                           Instant returnedAt) {
}
