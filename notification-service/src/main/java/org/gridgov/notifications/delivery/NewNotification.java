package org.gridgov.notifications.delivery;

import java.util.List;
import java.util.UUID;

import org.gridgov.notifications.routing.Channel;
import org.gridgov.notifications.routing.Fact;
import org.gridgov.notifications.routing.Recipient;

/** A notification to store, with one delivery per channel (and per endpoint, for webhooks). */
public record NewNotification(UUID id, Fact fact, Recipient recipient, String template, String locale,
                              String title, String body, String link, boolean urgent, List<Delivery> deliveries) {

    public NewNotification {
        deliveries = List.copyOf(deliveries);
    }

    /** @param target the webhook endpoint id, empty for other channels */
    public record Delivery(Channel channel, String target, String subject, String body) {
    }
}
