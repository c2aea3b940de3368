package org.gridgov.events.cases;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.EventType;

/** The grid worker checked the result on site and found it done. */
@EventType(value = "org.gridgov.case.verified.v1", schema = "case/verified.v1.json")
public record CaseVerified(UUID caseId, String verifierId, String note, Instant verifiedAt) {
}
