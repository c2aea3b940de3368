package org.gridgov.disputes.lifecycle;

import java.util.UUID;

/**
 * A party to a dispute.
 *
 * @param id          this service's id of the party
 * @param refId       the resident or entity id in population; null for an outsider
 * @param nameSealed  an outsider's name, encrypted; null for residents and entities, whose names stay in population
 * @param phoneSealed an outsider's phone, encrypted, or null
 */
public record Party(UUID id, UUID disputeId, PartyKind kind, UUID refId, Side side, String nameSealed,
                    String phoneSealed) {

    /** The id events carry: population's id of a resident or entity, this service's id of an outsider. */
    public UUID reference() {
        return kind == PartyKind.OUTSIDER ? id : refId;
    }
}
