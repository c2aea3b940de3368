package org.gridgov.notifications.disputes;

import java.util.List;
import java.util.UUID;

/**
 * What this service remembers of a dispute between its events.
 *
 * @param disputeType the type it was opened with
 * @param caseId      the case it was opened from, or null
 * @param sessionId   its last scheduled session at the level holding it, or null
 * @param mediatorIds that session's mediators
 */
record KnownDispute(String disputeType, UUID caseId, UUID sessionId, List<String> mediatorIds) {

    static final KnownDispute NOTHING = new KnownDispute(null, null, null, List.of());

    KnownDispute {
        mediatorIds = mediatorIds == null ? List.of() : List.copyOf(mediatorIds);
    }

    /** The dispute after an event: a scheduled session replaces the last one, a climb leaves the sessions below. */
    KnownDispute after(DisputeFacts facts) {
        DisputeFacts merged = facts.completedWith(this);
        if (facts.climbed()) {
            return new KnownDispute(merged.disputeType(), merged.caseId(), null, List.of());
        }
        return new KnownDispute(merged.disputeType(), merged.caseId(), facts.scheduled() ? facts.sessionId() : sessionId,
                merged.mediatorIds());
    }
}
