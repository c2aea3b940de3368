package org.gridgov.disputes.sessions;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.gridgov.disputes.lifecycle.DisputeAccessRules;
import org.gridgov.runtime.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/disputes/{disputeId}/sessions")
@Tag(name = "disputes")
class SessionController {

    private final SessionService sessions;

    SessionController(SessionService sessions) {
        this.sessions = sessions;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(DisputeAccessRules.MEDIATING_ROLES)
    @Operation(summary = "Schedule a mediation session with the level's mediators and the parties")
    SessionView schedule(@PathVariable UUID disputeId, @Valid @RequestBody SessionRequests.Schedule request) {
        return sessions.schedule(disputeId, request, Caller.current().accountId());
    }

    @PutMapping("/{sessionId}")
    @PreAuthorize(DisputeAccessRules.MEDIATING_ROLES)
    @Operation(summary = "Reschedule a session not yet held")
    SessionView reschedule(@PathVariable UUID disputeId, @PathVariable UUID sessionId,
                           @Valid @RequestBody SessionRequests.Schedule request) {
        return sessions.reschedule(disputeId, sessionId, request, Caller.current().accountId());
    }

    @PostMapping("/{sessionId}/record")
    @PreAuthorize(DisputeAccessRules.MEDIATING_ROLES)
    @Operation(summary = "Record a session held: outcome, minutes and who came")
    SessionView record(@PathVariable UUID disputeId, @PathVariable UUID sessionId,
                       @Valid @RequestBody SessionRequests.Record request) {
        return sessions.record(disputeId, sessionId, request, Caller.current().accountId());
    }

    @GetMapping
    @Operation(summary = "The sessions of a dispute")
    List<SessionView> sessions(@PathVariable UUID disputeId) {
        return sessions.of(disputeId);
    }
}
