package org.gridgov.notifications.subscriptions;

import static org.gridgov.runtime.security.Role.COMMAND_CENTRE;
import static org.gridgov.runtime.security.Role.GRID_LEADER;
import static org.gridgov.runtime.security.Role.GRID_WORKER;
import static org.gridgov.runtime.security.Role.INSPECTOR;
import static org.gridgov.runtime.security.Role.MEDIATOR;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.gridgov.runtime.security.AllowedRoles;
import org.gridgov.runtime.security.Caller;
import org.gridgov.runtime.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A command-centre operator (or anyone governing a territory) follows units of that territory; the
 * routing rules' {@code SUBSCRIBERS} audience reaches them.
 */
@RestController
class SubscriptionController {

    private final Subscriptions subscriptions;

    SubscriptionController(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @GetMapping("/api/subscriptions")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, MEDIATOR, INSPECTOR})
    List<Subscription> mine() {
        return subscriptions.of(Caller.current().accountId());
    }

    @PostMapping("/api/subscriptions")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, MEDIATOR, INSPECTOR})
    @ResponseStatus(HttpStatus.CREATED)
    Subscription follow(@Valid @RequestBody SubscriptionRequest request) {
        Caller caller = Caller.current();
        if (!caller.maySee(request.unitCode())) {
            throw new AccessDeniedException("unit outside the caller's territory");
        }
        return subscriptions.add(caller.accountId(), request.unitCode(), request.category());
    }

    @DeleteMapping("/api/subscriptions/{id}")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, MEDIATOR, INSPECTOR})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unfollow(@PathVariable UUID id) {
        if (!subscriptions.remove(Caller.current().accountId(), id)) {
            throw new NotFoundException("subscription", id);
        }
    }
}
