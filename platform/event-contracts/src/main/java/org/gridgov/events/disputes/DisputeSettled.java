package org.gridgov.events.disputes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.gridgov.events.EventType;

/**
 * The parties confirmed a mediation agreement: the dispute is settled at {@code level}. The terms
 * stay in dispute-mediation. A case the dispute was opened from may close with it. Key: the dispute id.
 *
 * @param disputeId    the dispute's id; the Kafka key
 * @param agreementId  the agreement's id
 * @param caseId       the case the dispute was opened from, or null
 * @param unitCode     the unit it was settled at
 * @param level        {@code GRID}, {@code VILLAGE}, {@code TOWN} or {@code COUNTY}
 * @param room         the county's specialist room, or null
 * @param amountAgreed the amount the agreement settles in yuan, or null when it settles none
 * @param performBy    the last day for performing the agreement, or null when it is performed at signing
 * @param followUpOn   the day of the follow-up visit that checks performance, or null when none is planned
 * @param settledAt    when the last party confirmed the agreement
 */
@EventType(value = "org.gridgov.dispute.settled.v1", schema = "dispute/settled.v1.json")
public record DisputeSettled(UUID disputeId, UUID agreementId, UUID caseId, String unitCode, String level, String room,
                             BigDecimal amountAgreed, LocalDate performBy, LocalDate followUpOn, Instant settledAt) {
}
