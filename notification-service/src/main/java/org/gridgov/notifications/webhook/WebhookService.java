package org.gridgov.notifications.webhook;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.gridgov.notifications.delivery.DeliveryStatus;
import org.gridgov.runtime.security.Caller;
import org.gridgov.runtime.security.Role;
import org.gridgov.runtime.web.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Departments' endpoints and their delivery logs. A department handler manages its own
 * department's endpoints; an administrator manages all. Another department's endpoint or delivery
 * answers 404, as if it did not exist.
 */
@Service
class WebhookService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookEndpoints endpoints;
    private final WebhookDeliveries deliveries;
    private final WebhookProperties properties;
    private final Clock clock;

    WebhookService(WebhookEndpoints endpoints, WebhookDeliveries deliveries, WebhookProperties properties, Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    RegisteredWebhook register(Caller caller, WebhookRequest request) {
        if (!manages(caller, request.departmentCode())) {
            throw new AccessDeniedException("not a handler of that department");
        }
        if (!properties.allowPlainHttp() && !request.url().startsWith("https://")) {
            throw new PlainHttpRefusedException();
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        WebhookEndpoint endpoint = new WebhookEndpoint(UUID.randomUUID(), request.departmentCode(), request.url(),
                "whsec_" + HexFormat.of().formatHex(secret), request.description(), true, caller.accountId(),
                clock.instant());
        endpoints.add(endpoint);
        return new RegisteredWebhook(WebhookView.of(endpoint), endpoint.secret(), WebhookSignature.HEADER);
    }

    @Transactional(readOnly = true)
    List<WebhookView> endpointsOf(Caller caller, String departmentCode) {
        String department = departmentCode != null ? departmentCode : caller.department().orElse(null);
        if (department == null || !manages(caller, department)) {
            throw new AccessDeniedException("not a handler of that department");
        }
        return endpoints.of(department).stream().map(WebhookView::of).toList();
    }

    @Transactional
    void remove(Caller caller, UUID endpointId) {
        endpoints.deactivate(managedEndpoint(caller, endpointId).id());
    }

    @Transactional(readOnly = true)
    List<WebhookDelivery> log(Caller caller, UUID endpointId, int limit) {
        return deliveries.ofEndpoint(managedEndpoint(caller, endpointId).id(), limit);
    }

    /** Deliveries in a status (FAILED: the given-up list): all of them for an administrator, the department's for a handler. */
    @Transactional(readOnly = true)
    List<WebhookDelivery> inStatus(Caller caller, DeliveryStatus status, int limit) {
        if (caller.has(Role.ADMIN)) {
            return deliveries.inStatus(status, null, limit);
        }
        String department = caller.department().filter(own -> manages(caller, own))
                .orElseThrow(() -> new AccessDeniedException("not a department handler"));
        return deliveries.inStatus(status, department, limit);
    }

    @Transactional
    WebhookDelivery redeliver(Caller caller, UUID deliveryId) {
        WebhookDelivery delivery = deliveries.find(deliveryId)
                .filter(found -> manages(caller, found.departmentCode()))
                .orElseThrow(() -> new NotFoundException("webhook delivery", deliveryId));
        if (!deliveries.requeue(deliveryId)) {
            throw new DeliveryPendingException(deliveryId);
        }
        return deliveries.find(deliveryId).orElse(delivery);
    }

    private WebhookEndpoint managedEndpoint(Caller caller, UUID endpointId) {
        return endpoints.find(endpointId)
                .filter(endpoint -> manages(caller, endpoint.departmentCode()))
                .orElseThrow(() -> new NotFoundException("webhook endpoint", endpointId));
    }

    private static boolean manages(Caller caller, String departmentCode) {
        return caller.has(Role.ADMIN) || caller.actsFor(departmentCode);
    }
}
