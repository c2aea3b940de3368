package org.gridgov.cases.contacts;

import static org.gridgov.runtime.security.Role.SERVICE;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridgov.cases.lifecycle.CaseFile;
import org.gridgov.cases.lifecycle.CaseStore;
import org.gridgov.runtime.security.AllowedRoles;
import org.gridgov.runtime.security.Caller;
import org.gridgov.runtime.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * How notification-service reaches the resident who reported a case: a narrow door for services
 * only (their own {@code SERVICE} token, the one role its allow-list names), each read
 * in the access log. Staff read the contact with the case ({@code GET /api/cases/{id}}, command
 * centres only).
 */
@RestController
@Tag(name = "Reporter contact")
class ReporterContactController {

    private final CaseStore cases;
    private final ReporterContacts contacts;

    ReporterContactController(CaseStore cases, ReporterContacts contacts) {
        this.cases = cases;
        this.contacts = contacts;
    }

    @GetMapping("/api/cases/{caseId}/reporter-contact")
    @AllowedRoles(SERVICE)
    @Operation(summary = "For notification-service: the contact the reporter left and the tracking code their "
            + "message names; 404 when the reporter left none, or when it was erased after its retention "
            + "(type urn:gridgov:problem:reporter-contact-erased, with erasedAt)")
    ReporterContact contact(@PathVariable UUID caseId) {
        CaseFile file = cases.find(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
        String contact = contacts.read(caseId, Caller.current(), ReporterContacts.Purpose.NOTIFY_REPORTER)
                .orElseThrow(() -> file.reporterContactErasedAt() != null
                        ? new ReporterContactErasedException(caseId, file.reporterContactErasedAt())
                        : new NotFoundException("reporter contact of case", caseId));
        return new ReporterContact(caseId, contact, file.trackingCode());
    }

    /** @param trackingCode the resident's key to their case, which the message to them names */
    record ReporterContact(UUID caseId, String contact, String trackingCode) {

        @Override
        public String toString() {
            return "ReporterContact[" + caseId + "]";
        }
    }
}
