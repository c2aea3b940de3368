package org.gridgov.notifications.inbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param timeout   how long one stream stays open; clients reconnect (EventSource does by itself)
 * @param heartbeat how often an idle stream gets a comment, so proxies keep it open
 */
@ConfigurationProperties("gridgov.notifications.inbox.stream")
record InboxStreamProperties(@DefaultValue("30m") Duration timeout, @DefaultValue("20s") Duration heartbeat) {
}
