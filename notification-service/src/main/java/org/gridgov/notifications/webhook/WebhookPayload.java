package org.gridgov.notifications.webhook;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/**
 * The JSON body of a webhook delivery: which notification and which event, the title in the
 * platform's default language, a link, and the event's own data exactly as published (its schema
 * is the event type's, in the AsyncAPI document).
 */
public record WebhookPayload(UUID notificationId, String eventId, String eventType, UUID caseId,
                             String departmentCode, String title, String link, Instant occurredAt, JsonNode data) {
}
