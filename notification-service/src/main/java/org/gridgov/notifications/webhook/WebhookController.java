package org.gridgov.notifications.webhook;

import static org.gridgov.runtime.security.Role.ADMIN;
import static org.gridgov.runtime.security.Role.DEPARTMENT_HANDLER;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.gridgov.notifications.delivery.DeliveryStatus;
import org.gridgov.runtime.security.AllowedRoles;
import org.gridgov.runtime.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class WebhookController {

    private final WebhookService webhooks;

    WebhookController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping("/api/webhooks")
    @AllowedRoles({DEPARTMENT_HANDLER, ADMIN})
    @ResponseStatus(HttpStatus.CREATED)
    RegisteredWebhook register(@Valid @RequestBody WebhookRequest request) {
        return webhooks.register(Caller.current(), request);
    }

    @GetMapping("/api/webhooks")
    @AllowedRoles({DEPARTMENT_HANDLER, ADMIN})
    List<WebhookView> endpoints(@RequestParam(required = false) String departmentCode) {
        return webhooks.endpointsOf(Caller.current(), departmentCode);
    }

    @DeleteMapping("/api/webhooks/{id}")
    @AllowedRoles({DEPARTMENT_HANDLER, ADMIN})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable UUID id) {
        webhooks.remove(Caller.current(), id);
    }

    @GetMapping("/api/webhooks/{id}/deliveries")
    @AllowedRoles({DEPARTMENT_HANDLER, ADMIN})
    List<WebhookDelivery> log(@PathVariable UUID id,
                              @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return webhooks.log(Caller.current(), id, limit);
    }

    @GetMapping("/api/webhooks/deliveries")
    @AllowedRoles({DEPARTMENT_HANDLER, ADMIN})
    List<WebhookDelivery> deliveries(@RequestParam(defaultValue = "FAILED") DeliveryStatus status,
                                     @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return webhooks.inStatus(Caller.current(), status, limit);
    }

    @PostMapping("/api/webhooks/deliveries/{id}/redeliver")
    @AllowedRoles({DEPARTMENT_HANDLER, ADMIN})
    @ResponseStatus(HttpStatus.ACCEPTED)
    WebhookDelivery redeliver(@PathVariable UUID id) {
        return webhooks.redeliver(Caller.current(), id);
    }
}
