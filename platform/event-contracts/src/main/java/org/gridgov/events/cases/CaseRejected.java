package org.gridgov.events.cases;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.EventType;

/**
 * A report was not filed (a duplicate of an open case, or invalid), or a command centre rejected a
 * filed case before a department took it; {@code reason} says why.
 *
 * @param reasonCode the centre's reason ({@code PRANK}, {@code DUPLICATE}, {@code NOT_GOVERNMENT_MATTER},
 *                   {@code INVALID}) when a centre rejected a filed case; null when intake did
 */
@EventType(value = "org.gridgov.case.rejected.v1", schema = "case/rejected.v1.json")
public record CaseRejected(UUID reportId, UUID caseId, String reason, UUID duplicateOf, Instant rejectedAt,
                           String reasonCode) {

    /** A report intake did not file. */
    public CaseRejected(UUID reportId, UUID caseId, String reason, UUID duplicateOf, Instant rejectedAt) {
        this(reportId, caseId, reason, duplicateOf, rejectedAt, null);
    }
}
