package org.gridgov.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/**
 * What some topics received since the recording started, in the order each partition received it.
 * Records that are not CloudEvents are kept apart in {@link #unreadable()}.
 */
public final class Recording implements AutoCloseable {

    private final List<StreamedEvent> events = Collections.synchronizedList(new ArrayList<>());
    private final List<ConsumerRecord<String, byte[]>> unreadable = Collections.synchronizedList(new ArrayList<>());
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread poller;
    private volatile boolean open = true;

    Recording(String bootstrapServers, List<String> topics) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "recording-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // Resolve the end now: an event sent after this constructor returns is recorded.
        partitions.forEach(consumer::position);
        CountDownLatch started = new CountDownLatch(1);
        poller = Thread.ofPlatform().name("recording-" + String.join(",", topics)).daemon().start(() -> {
            started.countDown();
            poll();
        });
        try {
            started.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void poll() {
        try {
            while (open) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    try {
                        events.add(StreamedEvent.of(record));
                    } catch (RuntimeException notACloudEvent) {
                        unreadable.add(record);
                    }
                }
            }
        } catch (WakeupException closing) {
            // close() was called.
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /** The events recorded so far. */
    public List<StreamedEvent> events() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    /** The recorded events of one CloudEvents type. */
    public List<StreamedEvent> ofType(String type) {
        return events().stream().filter(event -> event.event().getType().equals(type)).toList();
    }

    /** Records that arrived on the topics but are not CloudEvents. */
    public List<ConsumerRecord<String, byte[]>> unreadable() {
        synchronized (unreadable) {
            return List.copyOf(unreadable);
        }
    }

    /** Waits (up to 30 s) until at least {@code count} events were recorded, and returns them. */
    public List<StreamedEvent> awaitCount(int count) {
        Awaitility.await("at least " + count + " recorded events").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(20)).until(() -> events.size() >= count);
        return events();
    }

    /** Waits (up to 30 s) until an event matching the condition was recorded, and returns it. */
    public StreamedEvent await(Predicate<StreamedEvent> condition) {
        return Awaitility.await("a matching recorded event").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> events().stream().filter(condition).findFirst().orElse(null), found -> found != null);
    }

    /** Writes what was recorded as a stream file. */
    public void writeTo(Path file) {
        EventStreams.write(file, events());
    }

    @Override
    public void close() {
        open = false;
        consumer.wakeup();
        try {
            poller.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
