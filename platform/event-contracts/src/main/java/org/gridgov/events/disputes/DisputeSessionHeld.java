package org.gridgov.events.disputes;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.EventType;

/**
 * A mediation session took place. The minutes stay in dispute-mediation; an {@code AGREED} session
 * is followed by {@link DisputeSettled} once the agreement is confirmed. Key: the dispute id.
 *
 * @param disputeId          the dispute's id; the Kafka key
 * @param sessionId          the session's id, as scheduled
 * @param unitCode           the unit that held it
 * @param level              {@code GRID}, {@code VILLAGE}, {@code TOWN} or {@code COUNTY}
 * @param outcome            {@code AGREED}, {@code NOT_AGREED} or {@code ADJOURNED}
 * @param allPartiesAttended whether every invited party came
 * @param heldAt             when the session took place
 */
@EventType(value = "org.gridgov.dispute.session-held.v1", schema = "dispute/session-held.v1.json")
public record DisputeSessionHeld(UUID disputeId, UUID sessionId, String unitCode, String level, String outcome,
                                 boolean allPartiesAttended, Instant heldAt) {
}
