package org.gridgov.notifications.contacts;

import static org.gridgov.runtime.security.Role.ADMIN;
import static org.gridgov.runtime.security.Role.COMMAND_CENTRE;
import static org.gridgov.runtime.security.Role.DEPARTMENT_HANDLER;
import static org.gridgov.runtime.security.Role.GRID_LEADER;
import static org.gridgov.runtime.security.Role.GRID_WORKER;
import static org.gridgov.runtime.security.Role.INSPECTOR;
import static org.gridgov.runtime.security.Role.MEDIATOR;

import jakarta.validation.Valid;
import org.gridgov.runtime.security.AllowedRoles;
import org.gridgov.runtime.security.Caller;
import org.gridgov.runtime.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Contact points: each account keeps its own; administrators keep anyone's (e.g. synced from the staff directory). */
@RestController
class ContactController {

    private final ContactPoints contacts;

    ContactController(ContactPoints contacts) {
        this.contacts = contacts;
    }

    @GetMapping("/api/contact-points/me")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, DEPARTMENT_HANDLER, MEDIATOR, INSPECTOR, ADMIN})
    ContactView mine() {
        return view(Caller.current().accountId());
    }

    @PutMapping("/api/contact-points/me")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, DEPARTMENT_HANDLER, MEDIATOR, INSPECTOR, ADMIN})
    ContactView replaceMine(@Valid @RequestBody ContactRequest request) {
        return save(Caller.current().accountId(), request);
    }

    @GetMapping("/api/contact-points/{accountId}")
    @AllowedRoles(ADMIN)
    ContactView get(@PathVariable String accountId) {
        return view(accountId);
    }

    private ContactView view(String accountId) {
        return contacts.find(accountId).map(ContactView::of)
                .orElseThrow(() -> new NotFoundException("contact points of", accountId));
    }

    @PutMapping("/api/contact-points/{accountId}")
    @AllowedRoles(ADMIN)
    ContactView replace(@PathVariable String accountId, @Valid @RequestBody ContactRequest request) {
        return save(accountId, request);
    }

    private ContactView save(String accountId, ContactRequest request) {
        ContactPoint contact = new ContactPoint(accountId, blankToNull(request.email()), blankToNull(request.phone()),
                request.locale() == null ? "zh-CN" : request.locale());
        contacts.save(contact);
        return ContactView.of(contact);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
