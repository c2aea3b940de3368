package org.gridgov.cases.indicators;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.EventTypes;
import org.gridgov.events.Topics;
import org.gridgov.events.cases.CaseAssigned;
import org.gridgov.events.cases.CaseClosed;
import org.gridgov.events.cases.CaseDispatched;
import org.gridgov.events.cases.CaseEscalated;
import org.gridgov.events.cases.CaseEvaluated;
import org.gridgov.events.cases.CaseFiled;
import org.gridgov.events.cases.CaseHandled;
import org.gridgov.events.cases.CaseOverdue;
import org.gridgov.events.cases.CaseRejected;
import org.gridgov.events.cases.CaseReopened;
import org.gridgov.events.cases.CaseReturned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;

/**
 * Reads {@code case.events} into the indicators projection.
 *
 * <p>The reader assigns itself every partition (no consumer group) and keeps its position in the
 * projection's own table, written in the transaction that writes the rows: whatever Kafka delivers
 * twice, every event is folded in exactly once. Each round holds an advisory lock, so one replica
 * projects at a time. Whenever the stored position differs from where the reader stands (at start,
 * after another replica projected, after a {@link IndicatorStore#reset()}), the reader moves to the
 * stored position and reads on from there: a reset rebuilds the projection from the topic's start.
 */
class IndicatorProjector implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IndicatorProjector.class);

    /** The events that move an indicator; the others (warnings, supervision) are skipped unread. */
    private static final Map<String, Class<?>> FOLDED = List.of(CaseFiled.class, CaseRejected.class,
                    CaseAssigned.class, CaseEscalated.class, CaseDispatched.class, CaseReturned.class, CaseHandled.class,
                    CaseReopened.class, CaseClosed.class, CaseEvaluated.class, CaseOverdue.class).stream()
            .collect(Collectors.toMap(EventTypes::typeOf, type -> type));

    private final ConsumerFactory<String, byte[]> consumers;
    private final IndicatorStore store;
    private final TransactionTemplate transactions;
    private final IndicatorProperties properties;
    private final Semaphore pause = new Semaphore(0);
    private volatile Consumer<String, byte[]> consumer;
    private volatile CompletableFuture<Void> reading;
    private volatile boolean running;
    private volatile long folded;
    // Where the reader stands per partition, as the store must say for a round to apply; null: unknown.
    private Map<Integer, Long> positions;

    IndicatorProjector(ConsumerFactory<String, byte[]> consumers, IndicatorStore store, TransactionTemplate transactions,
                       IndicatorProperties properties) {
        this.consumers = consumers;
        this.store = store;
        this.transactions = transactions;
        this.properties = properties;
    }

    /** Events folded into the projection since this instance started. */
    long folded() {
        return folded;
    }

    private void read() {
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.CASE_EVENTS, Duration.ofSeconds(60)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            while (running) {
                boolean leading;
                try {
                    leading = Boolean.TRUE.equals(transactions.execute(status -> round(partitions)));
                } catch (WakeupException stopping) {
                    throw stopping;
                } catch (RuntimeException e) {
                    // The database or the broker is away: what was polled is dropped, and read again.
                    positions = null;
                    leading = false;
                    if (running) {
                        log.warn("Indicators projection round failed, retrying: {}", e.toString());
                    }
                }
                if (!leading && running) {
                    pause.tryAcquire(properties.followerPause().toMillis(), TimeUnit.MILLISECONDS);
                }
            }
        } catch (WakeupException stopping) {
            // stop() was called.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("Indicators projection stopped reading {}: {}", Topics.CASE_EVENTS, e.toString());
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /** One round, in one transaction: lead, check where to read, read, fold, write rows and positions. */
    private boolean round(List<TopicPartition> partitions) {
        if (!store.tryLead()) {
            positions = null;
            return false;
        }
        Map<Integer, Long> stored = new HashMap<>(store.offsets());
        if (stored.size() < partitions.size()) {
            // First start: every partition from its beginning.
            partitions.forEach(partition -> stored.putIfAbsent(partition.partition(), 0L));
            store.saveOffsets(stored);
        }
        if (!stored.equals(positions)) {
            for (TopicPartition partition : partitions) {
                consumer.seek(partition, stored.get(partition.partition()));
            }
            positions = stored;
            return true;
        }
        ConsumerRecords<String, byte[]> records = consumer.poll(properties.pollTimeout());
        if (records.isEmpty()) {
            return true;
        }
        Map<UUID, List<ConsumerRecord<String, byte[]>>> byCase = new LinkedHashMap<>();
        Map<Integer, Long> advanced = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            advanced.put(record.partition(), record.offset() + 1);
            if (record.value() == null || record.key() == null || !FOLDED.containsKey(type(record))) {
                continue;
            }
            try {
                byCase.computeIfAbsent(UUID.fromString(record.key()), id -> new ArrayList<>()).add(record);
            } catch (IllegalArgumentException notACaseId) {
                log.warn("Indicators projection skipped {}-{}@{}: its key is not a case id", record.topic(),
                        record.partition(), record.offset());
            }
        }
        Map<UUID, CaseFacts> facts = new HashMap<>(store.load(byCase.keySet()));
        byCase.forEach((caseId, events) -> {
            CaseFacts one = facts.computeIfAbsent(caseId, CaseFacts::new);
            events.forEach(record -> fold(one, record));
        });
        store.save(facts.values().stream().filter(one -> byCase.containsKey(one.caseId())).toList());
        store.saveOffsets(advanced);
        positions.putAll(advanced);
        folded += records.count();
        return true;
    }

    private static void fold(CaseFacts facts, ConsumerRecord<String, byte[]> record) {
        try {
            Object event = CloudEventCodec.MAPPER.readValue(record.value(), FOLDED.get(type(record)));
            facts.apply(event, Instant.ofEpochMilli(record.timestamp()));
        } catch (JacksonException unreadable) {
            // Skipped, not guessed at: the same record folds the same way on every rebuild.
            log.warn("Indicators projection skipped an unreadable event at {}-{}@{}: {}", record.topic(),
                    record.partition(), record.offset(), unreadable.getOriginalMessage());
        }
    }

    private static String type(ConsumerRecord<String, byte[]> record) {
        Header type = record.headers().lastHeader("ce_type");
        return type == null ? "" : new String(type.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void start() {
        if (!properties.projectionEnabled() || running) {
            return;
        }
        running = true;
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // A position before the topic's retention starts at the oldest event kept.
        overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(properties.maxPollRecords()));
        // Figures may lag by a poll: let the broker gather events for a round rather than answer each one.
        overrides.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, "65536");
        overrides.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, String.valueOf(properties.pollTimeout().toMillis()));
        consumer = consumers.createConsumer(null, "indicators", null, overrides);
        reading = CompletableFuture.runAsync(this::read,
                task -> Thread.ofPlatform().name("indicators-projection").daemon().start(task));
    }

    /** Ends the round in progress (its transaction rolls back unless it was committing) and closes the reader. */
    @Override
    public void stop() {
        running = false;
        pause.release();
        if (consumer == null) {
            return;
        }
        consumer.wakeup();
        try {
            reading.get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Indicators projection did not stop cleanly: {}", e.toString());
        }
    }

    /** Until stopped, or until its reader gave up (it logged why). */
    @Override
    public boolean isRunning() {
        CompletableFuture<Void> current = reading;
        return running && current != null && !current.isDone();
    }
}
