package org.gridgov.events.cases;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.EventType;

/**
 * The case goes back to its handler for rework: verification on site failed, or a closed case was
 * sent back by a command centre, by its department, or by the resident's low rating.
 *
 * @param verifierId who sent it back: a staff id, or {@code resident}
 * @param cause      {@code VERIFICATION}, {@code SUPERVISOR}, {@code DEPARTMENT} or {@code RESIDENT}; null
 *                   in events published before causes were named (all verifications)
 * @param dueAt      the deadline of the rework; null in events published before it was carried
 */
@EventType(value = "org.gridgov.case.reopened.v1", schema = "case/reopened.v1.json")
public record CaseReopened(UUID caseId, String verifierId, String reason, int reworkCount, Instant reopenedAt,
                           String cause, Instant dueAt) {

    /** A failed verification, as first published. */
    public CaseReopened(UUID caseId, String verifierId, String reason, int reworkCount, Instant reopenedAt) {
        this(caseId, verifierId, reason, reworkCount, reopenedAt, null, null);
    }
}
