package org.gridgov.events.disputes;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.EventType;

/**
 * A follow-up found whether a mediation agreement was performed. An agreement not performed, or only
 * in part, may reopen the dispute at {@code unitCode}; a performed one never does. Key: the dispute id.
 *
 * @param disputeId        the dispute's id; the Kafka key
 * @param agreementId      the agreement checked
 * @param caseId           the case the dispute was opened from, or null
 * @param performance      {@code PERFORMED}, {@code PARTIALLY_PERFORMED} or {@code NOT_PERFORMED}
 * @param onTime           whether what was performed was performed by the agreed day
 * @param visitorAccountId the staff account that made the follow-up
 * @param reopened         whether the dispute is open again
 * @param unitCode         the unit that holds the dispute after the follow-up
 * @param level            {@code GRID}, {@code VILLAGE}, {@code TOWN} or {@code COUNTY}
 * @param followedUpAt     when the follow-up took place
 */
@EventType(value = "org.gridgov.dispute.agreement-followed-up.v1", schema = "dispute/agreement-followed-up.v1.json")
public record AgreementFollowedUp(UUID disputeId, UUID agreementId, UUID caseId, String performance, boolean onTime,
                                  String visitorAccountId, boolean reopened, String unitCode, String level,
                                  Instant followedUpAt) {
}
