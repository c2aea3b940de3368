package org.gridgov.runtime.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the outbox relay.
 *
 * @param relayEnabled  whether this instance relays; every replica may, only one at a time does
 * @param pollInterval  how often the relay looks for rows when no commit woke it
 * @param batchSize     rows published per round
 * @param sendTimeout   how long a round waits for the broker's acknowledgements
 * @param keepSent      how long published rows are kept for inspection before they are deleted; zero
 *                      (the default) deletes each row as soon as Kafka acknowledged it
 */
@ConfigurationProperties("gridgov.outbox")
public record OutboxProperties(@DefaultValue("true") boolean relayEnabled,
                               @DefaultValue("500ms") Duration pollInterval,
                               @DefaultValue("200") int batchSize,
                               @DefaultValue("30s") Duration sendTimeout,
                               @DefaultValue("0s") Duration keepSent) {
}
