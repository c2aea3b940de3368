package org.gridgov.events.cases;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.EventType;

/** A supervisor flagged the case for supervision; its handlers are watched until it closes. */
@EventType(value = "org.gridgov.case.supervised.v1", schema = "case/supervised.v1.json")
public record CaseSupervised(UUID caseId, String supervisorId, String note, Instant supervisedAt) {
}
