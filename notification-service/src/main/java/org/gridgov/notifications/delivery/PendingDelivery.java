package org.gridgov.notifications.delivery;

import java.time.Instant;
import java.util.UUID;

import org.gridgov.notifications.routing.Channel;
import org.gridgov.notifications.routing.Recipient;

/**
 * A delivery claimed for sending.
 *
 * @param target      the webhook endpoint id for webhooks, empty otherwise
 * @param recipientKind whom the notification is for: an account, a department, a case's reporter
 * @param recipientId the account id (department code, case id for a reporter) of the notification
 * @param attempts    attempts made before this one
 */
public record PendingDelivery(UUID id, UUID notificationId, Channel channel, String target,
                              Recipient.Kind recipientKind, String recipientId,
                              String eventId, String eventType, String subject, String body, boolean urgent,
                              int attempts, Instant pendingSince) {
}
