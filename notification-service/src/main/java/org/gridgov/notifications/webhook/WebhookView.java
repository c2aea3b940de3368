package org.gridgov.notifications.webhook;

import java.time.Instant;
import java.util.UUID;

/** An endpoint as listed: never its secret. */
record WebhookView(UUID id, String departmentCode, String url, String description, boolean active, Instant createdAt) {

    static WebhookView of(WebhookEndpoint endpoint) {
        return new WebhookView(endpoint.id(), endpoint.departmentCode(), endpoint.url(), endpoint.description(),
                endpoint.active(), endpoint.createdAt());
    }
}
