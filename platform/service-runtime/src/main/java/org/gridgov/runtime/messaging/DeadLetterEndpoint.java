package org.gridgov.runtime.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.header.Header;
import org.gridgov.events.TopicSpec;
import org.gridgov.events.Topics;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The operators' re-drive tool, at {@code /actuator/deadletters} (administrators only):
 * {@code GET} shows how many records wait in each dead-letter topic; {@code POST
 * /actuator/deadletters/{topic}} publishes the waiting records of {@code <topic>.dlt} back to
 * {@code <topic>}, unchanged but for the failure headers, once the cause is fixed. A group of its own
 * remembers how far each dead-letter topic was re-driven, so a record goes back once. Under
 * per-service ACLs the listing shows the dead letters the service may read; sending records back to
 * a topic another service owns takes the operators' re-drive credentials (see deploy/).
 */
@Endpoint(id = "deadletters")
public class DeadLetterEndpoint {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ConsumerFactory<String, byte[]> consumers;
    private final KafkaTemplate<String, byte[]> kafka;
    private final String group;

    DeadLetterEndpoint(ConsumerFactory<String, byte[]> consumers, KafkaTemplate<String, byte[]> kafka, String group) {
        this.consumers = consumers;
        this.kafka = kafka;
        this.group = group;
    }

    @ReadOperation
    public Map<String, Long> waiting() {
        Map<String, Long> waiting = new LinkedHashMap<>();
        try (Consumer<String, byte[]> consumer = consumer()) {
            for (TopicSpec topic : Topics.catalogue()) {
                List<TopicPartition> partitions;
                try {
                    partitions = partitions(consumer, topic.deadLetterName());
                } catch (TopicAuthorizationException notOurs) {
                    // Under per-service ACLs a service sees only the dead letters of what it reads.
                    continue;
                }
                Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, TIMEOUT);
                Map<TopicPartition, OffsetAndMetadata> done = consumer.committed(new java.util.HashSet<>(partitions), TIMEOUT);
                long count = 0;
                for (TopicPartition partition : partitions) {
                    long start = done.get(partition) == null ? beginning(consumer, partition) : done.get(partition).offset();
                    count += Math.max(0, ends.getOrDefault(partition, 0L) - start);
                }
                waiting.put(topic.deadLetterName(), count);
            }
        }
        return waiting;
    }

    @WriteOperation
    public Map<String, Object> redrive(@Selector String topic) {
        TopicSpec spec = Topics.named(topic.endsWith(TopicSpec.DEAD_LETTER_SUFFIX)
                ? topic.substring(0, topic.length() - TopicSpec.DEAD_LETTER_SUFFIX.length())
                : topic);
        int sent = 0;
        try (Consumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer, spec.deadLetterName());
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, TIMEOUT);
            Map<TopicPartition, OffsetAndMetadata> done = consumer.committed(new java.util.HashSet<>(partitions), TIMEOUT);
            for (TopicPartition partition : partitions) {
                if (done.get(partition) == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, done.get(partition).offset());
                }
            }
            Map<TopicPartition, OffsetAndMetadata> progress = new HashMap<>();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.getOrDefault(partition, 0L))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= ends.get(partition)) {
                        continue;
                    }
                    send(spec.name(), record);
                    sent++;
                    progress.put(partition, new OffsetAndMetadata(record.offset() + 1));
                }
            }
            kafka.flush();
            consumer.commitSync(progress, TIMEOUT);
        }
        return Map.of("topic", spec.name(), "redriven", sent);
    }

    private void send(String topic, ConsumerRecord<String, byte[]> record) {
        ProducerRecord<String, byte[]> copy = new ProducerRecord<>(topic, record.key(), record.value());
        for (Header header : record.headers()) {
            if (!header.key().startsWith("kafka_dlt-")) {
                copy.headers().add(header);
            }
        }
        copy.headers().add("gridgov_redriven-from", (record.topic() + "-" + record.partition() + "@" + record.offset())
                .getBytes(StandardCharsets.UTF_8));
        try {
            kafka.send(copy).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not re-drive a record to " + topic, e);
        }
    }

    private Consumer<String, byte[]> consumer() {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return consumers.createConsumer(group, "dead-letter-redrive", null, overrides);
    }

    private static List<TopicPartition> partitions(Consumer<String, byte[]> consumer, String topic) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo info : consumer.partitionsFor(topic, TIMEOUT)) {
            partitions.add(new TopicPartition(topic, info.partition()));
        }
        return partitions;
    }

    private static long beginning(Consumer<String, byte[]> consumer, TopicPartition partition) {
        return consumer.beginningOffsets(List.of(partition), TIMEOUT).getOrDefault(partition, 0L);
    }
}
