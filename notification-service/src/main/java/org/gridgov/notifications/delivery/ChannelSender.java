package org.gridgov.notifications.delivery;

import org.gridgov.notifications.routing.Channel;

/** Sends deliveries of one channel. Must not throw: every failure is an outcome. */
public interface ChannelSender {

    Channel channel();

    SendOutcome send(PendingDelivery delivery);
}
