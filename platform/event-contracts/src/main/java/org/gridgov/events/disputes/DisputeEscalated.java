package org.gridgov.events.disputes;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.EventType;

/**
 * A dispute climbed to a higher level: mediation failed, its time limit ran out, its risk rose, or
 * a mediator sent it up. Key: the dispute id.
 *
 * @param disputeId    the dispute's id; the Kafka key
 * @param fromUnitCode the unit that mediated it before
 * @param fromLevel    the level before: {@code GRID}, {@code VILLAGE}, {@code TOWN} or {@code COUNTY}
 * @param unitCode     the unit that mediates it now
 * @param level        the level now, from the same list
 * @param room         the county's specialist room that takes it, or null
 * @param cause        {@code MEDIATION_FAILED}, {@code OVERDUE}, {@code RISK_RAISED} or {@code EXPLICIT}
 * @param reason       why, in the mediator's words; required for {@code MEDIATION_FAILED} and {@code EXPLICIT},
 *                     never personal data
 * @param dueAt        when the new level's time limit runs out
 * @param escalatedAt  when the dispute was escalated
 */
@EventType(value = "org.gridgov.dispute.escalated.v1", schema = "dispute/escalated.v1.json")
public record DisputeEscalated(UUID disputeId, String fromUnitCode, String fromLevel, String unitCode, String level,
                               String room, String cause, String reason, Instant dueAt, Instant escalatedAt) {
}
