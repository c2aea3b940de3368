package org.gridgov.notifications.webhook;

import java.util.UUID;

/** A delivery still waiting for its next attempt cannot be redelivered: it will be sent anyway. */
class DeliveryPendingException extends RuntimeException {

    private final UUID deliveryId;

    DeliveryPendingException(UUID deliveryId) {
        super("delivery " + deliveryId + " is still pending");
        this.deliveryId = deliveryId;
    }

    UUID deliveryId() {
        return deliveryId;
    }
}
