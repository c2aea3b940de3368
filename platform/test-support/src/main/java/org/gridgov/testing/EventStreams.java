package org.gridgov.testing;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Event streams as JSON Lines files, one CloudEvent per line (see {@link StreamedEvent}): record
 * what topics receive during a test, replay a file into its topics in order, or hand a file's
 * events straight to a listener. A bug seen in production becomes a test by recording the stream
 * that led to it.
 * <pre>{@code
 * try (Recording recording = EventStreams.record(Topics.CASE_EVENTS)) {
 *     ... drive the service ...
 *     recording.awaitCount(3);
 *     recording.writeTo(Path.of("target/streams/case-filed.jsonl"));
 * }
 * EventStreams.replay(Path.of("src/test/resources/streams/nanhe-units.jsonl"));
 * }</pre>
 */
public final class EventStreams {

    private EventStreams() {
    }

    /** Starts recording what the given topics of the shared test broker receive from now on. */
    public static Recording record(String... topics) {
        return recordFrom(TestInfrastructure.get().kafkaBootstrapServers(), topics);
    }

    /** Starts recording what the given topics of a broker receive from now on. */
    public static Recording recordFrom(String bootstrapServers, String... topics) {
        return new Recording(bootstrapServers, List.of(topics));
    }

    /** Publishes a stream file into the shared test broker, in file order, and waits for every acknowledgement. */
    public static List<StreamedEvent> replay(Path file) {
        return replay(TestInfrastructure.get().kafkaBootstrapServers(), read(file));
    }

    /** Publishes events into a broker, in order, and waits for every acknowledgement. */
    public static List<StreamedEvent> replay(String bootstrapServers, List<StreamedEvent> events) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            for (StreamedEvent event : events) {
                producer.send(event.toProducerRecord()).get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not replay the stream", e);
        }
        return events;
    }

    /** Hands the events of one topic of a stream file to a listener, in order, without a broker. */
    public static void replayInto(Path file, String topic, Consumer<CloudEvent> listener) {
        read(file).stream().filter(event -> event.topic().equals(topic)).map(StreamedEvent::event).forEach(listener);
    }

    /** The events of a stream file; blank lines and lines starting with {@code #} are skipped. */
    public static List<StreamedEvent> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(StreamedEvent::fromJsonLine)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes events as a stream file, replacing it. */
    public static void write(Path file, List<StreamedEvent> events) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (StreamedEvent event : events) {
                    out.write(event.toJsonLine());
                    out.newLine();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
