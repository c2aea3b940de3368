package org.gridgov.cases.indicators;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The indicators projection.
 *
 * @param projectionEnabled whether this instance reads {@code case.events} into the projection;
 *                          every replica may, one at a time does
 * @param pollTimeout       how long one read of the topic waits for events
 * @param maxPollRecords    events folded per transaction at most
 * @param followerPause     how long a replica that does not project waits before trying to
 */
@ConfigurationProperties("gridgov.indicators")
record IndicatorProperties(@DefaultValue("true") boolean projectionEnabled,
                           @DefaultValue("200ms") Duration pollTimeout,
                           @DefaultValue("5000") int maxPollRecords,
                           @DefaultValue("5s") Duration followerPause) {
}
