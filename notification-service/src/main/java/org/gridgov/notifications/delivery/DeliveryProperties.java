package org.gridgov.notifications.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How pending deliveries are sent and retried.
 *
 * @param pollInterval   how often each replica looks for due deliveries
 * @param batchSize      deliveries one replica claims per channel and round
 * @param lease          how long a claimed delivery stays hidden from other replicas; a replica that
 *                       dies mid-send leaves it to be claimed again after this
 * @param initialBackoff wait before the first retry
 * @param multiplier     growth of the wait per failed attempt
 * @param jitter         randomisation factor of each wait (0.5: between half and one and a half times)
 * @param maxBackoff     longest wait between attempts
 * @param maxAttempts    attempts before giving up
 * @param giveUpAfter    time since the delivery became pending after which it is given up
 */
@ConfigurationProperties("gridgov.notifications.delivery")
public record DeliveryProperties(@DefaultValue("500ms") Duration pollInterval,
                                 @DefaultValue("50") int batchSize,
                                 @DefaultValue("2m") Duration lease,
                                 @DefaultValue("5s") Duration initialBackoff,
                                 @DefaultValue("2.0") double multiplier,
                                 @DefaultValue("0.5") double jitter,
                                 @DefaultValue("30m") Duration maxBackoff,
                                 @DefaultValue("12") int maxAttempts,
                                 @DefaultValue("24h") Duration giveUpAfter) {
}
