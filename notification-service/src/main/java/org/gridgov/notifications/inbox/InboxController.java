package org.gridgov.notifications.inbox;

import static org.gridgov.runtime.security.Role.ADMIN;
import static org.gridgov.runtime.security.Role.COMMAND_CENTRE;
import static org.gridgov.runtime.security.Role.DEPARTMENT_HANDLER;
import static org.gridgov.runtime.security.Role.GRID_LEADER;
import static org.gridgov.runtime.security.Role.GRID_WORKER;
import static org.gridgov.runtime.security.Role.INSPECTOR;
import static org.gridgov.runtime.security.Role.MEDIATOR;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.gridgov.runtime.security.AllowedRoles;
import org.gridgov.runtime.security.Caller;
import org.gridgov.runtime.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The caller's own inbox: the account is the token's subject, never a parameter. */
@RestController
class InboxController {

    private final Inbox inbox;
    private final InboxStream stream;

    InboxController(Inbox inbox, InboxStream stream) {
        this.inbox = inbox;
        this.stream = stream;
    }

    @GetMapping("/api/notifications")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, DEPARTMENT_HANDLER, MEDIATOR, INSPECTOR, ADMIN})
    InboxPage page(@RequestParam(defaultValue = "0") @Min(0) int page,
                   @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return inbox.page(Caller.current().accountId(), page, size);
    }

    @GetMapping("/api/notifications/{id}")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, DEPARTMENT_HANDLER, MEDIATOR, INSPECTOR, ADMIN})
    InboxItem item(@PathVariable UUID id) {
        return inbox.find(Caller.current().accountId(), id).orElseThrow(() -> new NotFoundException("notification", id));
    }

    @PostMapping("/api/notifications/{id}/read")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, DEPARTMENT_HANDLER, MEDIATOR, INSPECTOR, ADMIN})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void read(@PathVariable UUID id) {
        if (!inbox.markRead(Caller.current().accountId(), id)) {
            throw new NotFoundException("notification", id);
        }
    }

    /** New notifications as they arrive: Server-Sent Events named {@code notification}, data an inbox item. */
    @GetMapping(path = "/api/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, DEPARTMENT_HANDLER, MEDIATOR, INSPECTOR, ADMIN})
    SseEmitter live() {
        return stream.open(Caller.current().accountId());
    }
}
