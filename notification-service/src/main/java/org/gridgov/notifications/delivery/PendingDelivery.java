package org.gridgov.notifications.delivery;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.notifications.routing.Channel;

/**
 * A delivery claimed for sending.
 *
 * @param target      the webhook endpoint id for webhooks, empty otherwise
 * @param recipientId the account id (or department code) of the notification
 * @param attempts    attempts made before this one
 */
public record PendingDelivery(UUID id, UUID notificationId, Channel channel, String target, String recipientId,
                              String eventId, String eventType, String subject, String body, boolean urgent,
                              int attempts, Instant pendingSince) {
}
