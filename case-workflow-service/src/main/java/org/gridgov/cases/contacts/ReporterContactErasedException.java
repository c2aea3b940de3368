package org.gridgov.cases.contacts;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.runtime.web.NotFoundException;

/** The reporter left a contact, and it was erased when its retention ran out after the case ended. */
class ReporterContactErasedException extends NotFoundException {

    private final Instant erasedAt;

    ReporterContactErasedException(UUID caseId, Instant erasedAt) {
        super("reporter contact of case", caseId);
        this.erasedAt = erasedAt;
    }

    Instant erasedAt() {
        return erasedAt;
    }
}
