package org.gridgov.notifications.inbox;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gridgov.notifications.delivery.DeliveryStatus;
import org.gridgov.notifications.routing.Channel;

/**
 * A notification in its recipient's inbox, with how it went out on each channel.
 *
 * @param caseId    the case it concerns (for a dispute: the case the dispute was opened from), or null
 * @param disputeId the dispute it concerns, or null
 */
record InboxItem(UUID id, String eventType, UUID caseId, UUID disputeId, String title, String body, String link,
                 boolean urgent, Instant createdAt, Instant readAt, List<Delivery> deliveries) {

    InboxItem withDeliveries(List<Delivery> deliveries) {
        return new InboxItem(id, eventType, caseId, disputeId, title, body, link, urgent, createdAt, readAt, deliveries);
    }

    record Delivery(Channel channel, DeliveryStatus status, int attempts, Instant lastAttemptAt, Instant sentAt,
                    String lastError) {
    }
}
