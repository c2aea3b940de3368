package org.gridgov.notifications.webhook;

import java.time.Instant;
import java.util.UUID;

/** A department's endpoint. The secret is shown once, when the endpoint is registered. */
public record WebhookEndpoint(UUID id, String departmentCode, String url, String secret, String description,
                              boolean active, String createdBy, Instant createdAt) {

    @Override
    public String toString() {
        return "WebhookEndpoint[" + id + " of " + departmentCode + "]";
    }
}
