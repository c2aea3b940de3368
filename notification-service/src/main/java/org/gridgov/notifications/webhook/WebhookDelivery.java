package org.gridgov.notifications.webhook;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.notifications.delivery.DeliveryStatus;

/** One line of an endpoint's delivery log. */
record WebhookDelivery(UUID id, UUID endpointId, String departmentCode, UUID notificationId, String eventType,
                       UUID caseId, DeliveryStatus status, int attempts, Instant pendingSince, Instant lastAttemptAt,
                       Instant nextAttemptAt, Instant sentAt, String lastError) {
}
