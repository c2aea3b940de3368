package org.gridgov.events.disputes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gridgov.events.EventType;

/**
 * A mediation session was scheduled, or rescheduled: a later event with the same {@code sessionId}
 * replaces the earlier one. Notification invites the mediators and the parties from it. Parties are
 * references only; their names and contacts stay in population or dispute-mediation. Key: the dispute id.
 *
 * @param disputeId          the dispute's id; the Kafka key
 * @param sessionId          the session's id
 * @param unitCode           the unit whose mediation room hosts the session
 * @param level              {@code GRID}, {@code VILLAGE}, {@code TOWN} or {@code COUNTY}
 * @param room               the county's specialist room, or null
 * @param mediatorAccountIds the mediators' staff accounts, at least one
 * @param parties            the parties invited, at least one
 * @param startsAt           when the session starts
 * @param scheduledAt        when it was scheduled
 */
@EventType(value = "org.gridgov.dispute.session-scheduled.v1", schema = "dispute/session-scheduled.v1.json")
public record DisputeSessionScheduled(UUID disputeId, UUID sessionId, String unitCode, String level, String room,
                                      List<String> mediatorAccountIds, List<Party> parties, Instant startsAt,
                                      Instant scheduledAt) {

    /**
     * A party to the dispute, by reference.
     *
     * @param kind    {@code RESIDENT} (a resident id of population), {@code ENTITY} (a legal entity id of
     *                population) or {@code OUTSIDER} (a party id of dispute-mediation, for someone outside the ledger)
     * @param partyId the id, of the kind above
     * @param side    {@code APPLICANT}, {@code RESPONDENT} or {@code THIRD_PARTY}
     */
    public record Party(String kind, UUID partyId, String side) {
    }
}
