package org.gridgov.events.cases;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.EventType;

/** The reporter rated the result, from 1 (very dissatisfied) to 5 (very satisfied). */
@EventType(value = "org.gridgov.case.evaluated.v1", schema = "case/evaluated.v1.json")
public record CaseEvaluated(UUID caseId, int rating, boolean satisfied, Instant evaluatedAt) {
}
