package org.gridgov.runtime.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.Topics;
import org.gridgov.testing.TestInfrastructure;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code ./gridgov bench outbox}: how many state changes per second, each with its event, the
 * outbox carries from a committed transaction to an acknowledged Kafka record, and how long an
 * event takes from its transaction to a consumer. Real PostgreSQL and a real broker (those of
 * test-support), one service instance, 4 writer threads, one event per transaction.
 */
public final class OutboxBenchmark {

    private static final int WRITERS = 4;
    private static final int WARMUP = 2_000;
    private static final int MEASURED = 20_000;

    private OutboxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        String database = infrastructure.newDatabase("bench_outbox");
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", database);
        properties.put("spring.datasource.username", infrastructure.postgres().username());
        properties.put("spring.datasource.password", infrastructure.postgres().password());
        properties.put("spring.datasource.hikari.maximum-pool-size", "8");
        properties.put("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
        properties.put("spring.kafka.listener.auto-startup", "false");
        properties.put("logging.level.root", "WARN");
        properties.put("logging.structured.format.console", "");
        properties.put("management.tracing.sampling.probability", "0");

        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(SampleApplication.class)
                .web(WebApplicationType.NONE).properties(properties).run();
             KafkaConsumer<String, byte[]> consumer = endOfCaseEvents(infrastructure.kafkaBootstrapServers())) {
            SampleCaseService cases = service.getBean(SampleCaseService.class);
            JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);

            write(cases, WARMUP);
            awaitAllSent(jdbc);
            drain(consumer, WARMUP, null);

            long started = System.nanoTime();
            write(cases, MEASURED);
            awaitAllSent(jdbc);
            double seconds = (System.nanoTime() - started) / 1e9;
            Histogram latency = new Histogram(60_000, 3);
            drain(consumer, MEASURED, latency);

            double perSecond = MEASURED / seconds;
            System.out.printf("events: %d in %.2f s with %d writers, one event per transaction%n", MEASURED, seconds, WRITERS);
            System.out.printf("latency transaction -> consumer (ms): p50 %d, p99 %d, max %d%n",
                    latency.getValueAtPercentile(50), latency.getValueAtPercentile(99), latency.getMaxValue());
            System.out.printf("outbox: %.0f events/s%n", perSecond);
        }
        System.exit(0);
    }

    private static void write(SampleCaseService cases, int count) throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            done.add(writers.submit(() -> {
                for (int i = 0; i < count / WRITERS; i++) {
                    cases.file(new FileRequest("130527100201001", "ENV_GARBAGE"));
                }
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        writers.shutdown();
    }

    private static void awaitAllSent(JdbcTemplate jdbc) throws InterruptedException {
        while (jdbc.queryForObject("select count(*) from gridgov_outbox where sent_at is null", Integer.class) > 0) {
            Thread.sleep(5);
        }
    }

    private static KafkaConsumer<String, byte[]> endOfCaseEvents(String bootstrap) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.CASE_EVENTS, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    /** Reads {@code count} events; the latency is from the event's time (its transaction) to now. */
    private static void drain(KafkaConsumer<String, byte[]> consumer, int count, Histogram latency) {
        int seen = 0;
        while (seen < count) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                seen++;
                if (latency != null) {
                    Instant time = CloudEventCodec.fromRecord(record).getTime().toInstant();
                    latency.recordValue(Math.max(0, Duration.between(time, Instant.ofEpochMilli(record.timestamp())).toMillis()));
                }
            }
        }
    }
}
