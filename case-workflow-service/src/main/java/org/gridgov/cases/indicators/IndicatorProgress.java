package org.gridgov.cases.indicators;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.TopicPartition;
import org.gridgov.events.Topics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/** How far the projection has read {@code case.events}: the stored positions against the ends of the partitions. */
@Component
class IndicatorProgress {

    private final ConsumerFactory<?, ?> consumers;
    private final JdbcClient jdbc;

    IndicatorProgress(ConsumerFactory<?, ?> consumers, JdbcClient jdbc) {
        this.consumers = consumers;
        this.jdbc = jdbc;
    }

    Progress now() {
        Map<Integer, Long> read = new HashMap<>();
        jdbc.sql("select kafka_partition, next_offset from indicator_offset").query(rs -> {
            read.put(rs.getInt(1), rs.getLong(2));
        });
        long cases = jdbc.sql("select count(*) from indicator_case").query(Long.class).single();
        Properties overrides = new Properties();
        // The outbox relay writes case.events without Kafka transactions: the end is the high watermark.
        overrides.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        try (Consumer<?, ?> ends = consumers.createConsumer(null, "indicators-progress", null, overrides)) {
            List<TopicPartition> partitions = ends.partitionsFor(Topics.CASE_EVENTS, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            Map<TopicPartition, Long> endOffsets = ends.endOffsets(partitions, Duration.ofSeconds(10));
            List<Partition> progress = partitions.stream()
                    .sorted(Comparator.comparingInt(TopicPartition::partition))
                    .map(partition -> new Partition(partition.partition(), read.getOrDefault(partition.partition(), 0L),
                            endOffsets.get(partition)))
                    .toList();
            long behind = progress.stream().mapToLong(partition -> Math.max(0, partition.end() - partition.read())).sum();
            return new Progress(cases, behind, behind == 0, progress);
        }
    }

    /**
     * @param cases    cases in the projection
     * @param behind   events on the topic not read yet
     * @param caughtUp nothing is left to read
     */
    record Progress(long cases, long behind, boolean caughtUp, List<Partition> partitions) {
    }

    /**
     * @param read the next offset the projection reads
     * @param end  the partition's end offset
     */
    record Partition(int partition, long read, long end) {
    }
}
