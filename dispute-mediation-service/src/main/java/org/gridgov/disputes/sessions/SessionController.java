package org.gridgov.disputes.sessions;

import static org.gridgov.runtime.security.Role.ADMIN;
import static org.gridgov.runtime.security.Role.COMMAND_CENTRE;
import static org.gridgov.runtime.security.Role.GRID_LEADER;
import static org.gridgov.runtime.security.Role.GRID_WORKER;
import static org.gridgov.runtime.security.Role.INSPECTOR;
import static org.gridgov.runtime.security.Role.MEDIATOR;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.gridgov.disputes.lifecycle.DisputeAccessRules;
import org.gridgov.runtime.security.AllowedRoles;
import org.gridgov.runtime.security.Caller;
import org.springframework.http.HttpStatus;
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
    @AllowedRoles({MEDIATOR, COMMAND_CENTRE, GRID_WORKER, GRID_LEADER})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Schedule a mediation session with the level's mediators and the parties")
    SessionView schedule(@PathVariable UUID disputeId, @Valid @RequestBody SessionRequests.Schedule request) {
        return sessions.schedule(disputeId, request, Caller.current().accountId());
    }

    @PutMapping("/{sessionId}")
    @AllowedRoles({MEDIATOR, COMMAND_CENTRE, GRID_WORKER, GRID_LEADER})
    @Operation(summary = "Reschedule a session not yet held")
    SessionView reschedule(@PathVariable UUID disputeId, @PathVariable UUID sessionId,
                           @Valid @RequestBody SessionRequests.Schedule request) {
        return sessions.reschedule(disputeId, sessionId, request, Caller.current().accountId());
    }

    @PostMapping("/{sessionId}/record")
    @AllowedRoles({MEDIATOR, COMMAND_CENTRE, GRID_WORKER, GRID_LEADER})
    @Operation(summary = "Record a session held: outcome, minutes and who came")
    SessionView record(@PathVariable UUID disputeId, @PathVariable UUID sessionId,
                       @Valid @RequestBody SessionRequests.Record request) {
        return sessions.record(disputeId, sessionId, request, Caller.current().accountId());
    }

    @GetMapping
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, MEDIATOR, INSPECTOR, ADMIN})
    @Operation(summary = "The sessions of a dispute")
    List<SessionView> sessions(@PathVariable UUID disputeId) {
        return sessions.of(disputeId);
    }
}
