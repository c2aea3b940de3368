package org.gridgov.events.disputes;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.EventType;

/**
 * Mediation gave way to a legal channel: the dispute was referred to a court, an arbitration body or
 * the petition office, and leaves mediation. A case the dispute was opened from may close with it.
 * Key: the dispute id.
 *
 * @param disputeId    the dispute's id; the Kafka key
 * @param caseId       the case the dispute was opened from, or null
 * @param fromUnitCode the unit that referred it
 * @param fromLevel    {@code GRID}, {@code VILLAGE}, {@code TOWN} or {@code COUNTY}
 * @param channel      {@code LITIGATION}, {@code ARBITRATION} or {@code PETITION}
 * @param bodyCode     the code of the court, arbitration commission or petition office, e.g. {@code NANHE_COURT}
 * @param reason       why mediation could not settle it, never personal data
 * @param referredAt   when it was referred
 */
@EventType(value = "org.gridgov.dispute.referred.v1", schema = "dispute/referred.v1.json")
public record DisputeReferred(UUID disputeId, UUID caseId, String fromUnitCode, String fromLevel, String channel,
                              String bodyCode, String reason, Instant referredAt) {
}
