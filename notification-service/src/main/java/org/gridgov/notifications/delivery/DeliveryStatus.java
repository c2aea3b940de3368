package org.gridgov.notifications.delivery;

/**
 * Where a delivery stands: waiting (first try or a retry), done, given up, or not needed (a
 * reporter reached on another channel, or who left no contact).
 */
public enum DeliveryStatus {
    PENDING,
    SENT,
    FAILED,
    SKIPPED
}
