package org.gridgov.notifications.delivery;

/** Where a delivery stands: waiting (first try or a retry), done, or given up. */
public enum DeliveryStatus {
    PENDING,
    SENT,
    FAILED
}
