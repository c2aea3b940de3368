package org.gridgov.events;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One topic of the catalogue: how it is keyed, sized and kept, and which event types it carries.
 *
 * @param name        the topic name, e.g. {@code case.events}
 * @param key         what the Kafka key holds, e.g. {@code case id}
 * @param partitions  partitions in production; development and tests use the same number
 * @param compacted   whether the topic keeps the last record per key instead of a time window
 * @param retention   how long records are kept on a non-compacted topic
 * @param description what the topic carries, for people and for the AsyncAPI document
 * @param payloads    the payload records (each with an {@link EventType}) the topic carries
 */
public record TopicSpec(String name, String key, int partitions, boolean compacted, Duration retention,
                        String description, List<Class<?>> payloads) {

    /** Suffix of every dead-letter topic: records that failed after retries, with the failure in headers. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    public TopicSpec {
        if (partitions <= 0) {
            throw new IllegalArgumentException(name + " needs at least one partition");
        }
        if (!compacted && (retention == null || retention.isNegative() || retention.isZero())) {
            throw new IllegalArgumentException(name + " is not compacted, so it needs a positive retention");
        }
        payloads = List.copyOf(payloads);
    }

    /** Whether this topic may carry the given payload record. */
    public boolean carries(Class<?> payload) {
        return payloads.contains(payload);
    }

    /** The dead-letter topic of this topic. */
    public String deadLetterName() {
        return name + DEAD_LETTER_SUFFIX;
    }

    /** The Kafka topic configuration this topic is created with. */
    public Map<String, String> config() {
        return compacted
                ? Map.of("cleanup.policy", "compact", "min.compaction.lag.ms", "60000")
                : Map.of("cleanup.policy", "delete", "retention.ms", Long.toString(retention.toMillis()));
    }
}
