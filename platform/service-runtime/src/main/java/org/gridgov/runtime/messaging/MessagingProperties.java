package org.gridgov.runtime.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of GridGov's Kafka conventions.
 *
 * @param createTopics     create the catalogue's topics and their dead-letter topics at start
 *                         (development and tests; in Kubernetes Strimzi declares them)
 * @param replicationFactor replication of topics created at start
 * @param retryAttempts    deliveries of a failing record before it goes to its dead-letter topic
 * @param retryBackoff     first pause between deliveries; doubles each time
 * @param retryMaxBackoff  longest pause between deliveries
 */
@ConfigurationProperties("gridgov.kafka")
public record MessagingProperties(@DefaultValue("true") boolean createTopics,
                              @DefaultValue("1") short replicationFactor,
                              @DefaultValue("4") int retryAttempts,
                              @DefaultValue("200ms") Duration retryBackoff,
                              @DefaultValue("5s") Duration retryMaxBackoff) {
}
