package org.gridgov.events.cases;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.EventType;

/** A report became a case, held at {@code level} of unit {@code unitCode}. */
@EventType(value = "org.gridgov.case.filed.v1", schema = "case/filed.v1.json")
public record CaseFiled(UUID caseId, UUID reportId, String category, String gridCode, String unitCode, String level,
                        String severity, String channel, Instant filedAt) {
}
