package org.gridgov.events.cases;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.EventType;

/**
 * A case arrived at a higher level. Published on {@code case.events} (key: case id) and on the
 * routing topic {@code case.escalated} (key: target unit code), so each command centre reads its slice.
 * {@code cause} is one of {@code EXPLICIT}, {@code OVERDUE}, {@code SEVERITY}, {@code CATEGORY}.
 */
@EventType(value = "org.gridgov.case.escalated.v1", schema = "case/escalated.v1.json")
public record CaseEscalated(UUID caseId, String fromUnitCode, String fromLevel, String targetUnitCode, String level,
                            String cause, String reason, String category, Instant dueAt, Instant escalatedAt) {
}
