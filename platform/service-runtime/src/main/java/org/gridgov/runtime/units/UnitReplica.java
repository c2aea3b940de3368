package org.gridgov.runtime.units;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.Topics;
import org.gridgov.events.units.UnitState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;

/**
 * This service's copy of the territory: every unit of the registry, read from the compacted
 * {@code grid.units} topic from its beginning and kept up to date while the service runs
 * (event-carried state; no service calls the registry to route a case).
 *
 * <p>Each instance reads all partitions itself (assigned, not a consumer group's share) and commits
 * nothing, so every replica of every service holds the whole registry. A record with a higher
 * {@link UnitState#version()} replaces the unit; a tombstone (null value) removes it.
 */
public class UnitReplica implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(UnitReplica.class);

    private final ConsumerFactory<String, byte[]> consumers;
    private final Map<String, UnitState> units = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> childrenByParent = new ConcurrentHashMap<>();
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private final AtomicLong applied = new AtomicLong();
    private volatile Consumer<String, byte[]> consumer;
    private volatile Thread reader;
    private volatile boolean running;

    public UnitReplica(ConsumerFactory<String, byte[]> consumers) {
        this.consumers = consumers;
    }

    /** The unit of that code, if the registry holds it. */
    public Optional<UnitState> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(units.get(code));
    }

    /** The ancestors of a unit, its parent first and the county last; empty for an unknown unit. */
    public List<UnitState> ancestors(String code) {
        List<UnitState> chain = new ArrayList<>();
        UnitState current = units.get(code);
        while (current != null && current.parentCode() != null && chain.size() < 16) {
            current = units.get(current.parentCode());
            if (current != null) {
                chain.add(current);
            }
        }
        return chain;
    }

    /** The units directly below a unit, by code. */
    public List<UnitState> children(String code) {
        return childrenByParent.getOrDefault(code, Set.of()).stream()
                .map(units::get)
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(UnitState::code))
                .toList();
    }

    /** The account id of the active staff member holding {@code role} in the unit, e.g. its grid worker. */
    public Optional<String> staffOf(String code, String role) {
        return find(code).flatMap(unit -> unit.staff() == null ? Optional.empty() : unit.staff().stream()
                .filter(member -> role.equals(member.role()))
                .map(UnitState.StaffMember::accountId)
                .findFirst());
    }

    /** How many units the replica holds. */
    public int size() {
        return units.size();
    }

    /** Whether the replica has read everything the topic held when the service started. */
    public boolean isCaughtUp() {
        return caughtUp.getCount() == 0;
    }

    /** Waits until the replica has caught up with the topic. */
    public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        return caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Records applied since start (replacements and removals). */
    public long applied() {
        return applied.get();
    }

    void apply(String code, UnitState state) {
        if (state == null) {
            UnitState removed = units.remove(code);
            if (removed != null && removed.parentCode() != null) {
                childrenByParent.getOrDefault(removed.parentCode(), Set.of()).remove(code);
            }
            applied.incrementAndGet();
            return;
        }
        units.compute(code, (key, known) -> known != null && known.version() > state.version() ? known : state);
        if (state.parentCode() != null) {
            childrenByParent.computeIfAbsent(state.parentCode(), parent -> ConcurrentHashMap.newKeySet()).add(code);
        }
        applied.incrementAndGet();
    }

    private void read() {
        try {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(Topics.GRID_UNITS, Duration.ofSeconds(60))) {
                partitions.add(new TopicPartition(info.topic(), info.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(partitions));
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    applyRecord(record);
                }
                if (!isCaughtUp() && ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue())) {
                    log.info("Unit replica caught up with {}: {} units", Topics.GRID_UNITS, units.size());
                    caughtUp.countDown();
                }
            }
        } catch (WakeupException stopping) {
            // stop() was called.
        } catch (RuntimeException e) {
            log.error("Unit replica stopped reading {}: {}", Topics.GRID_UNITS, e.toString());
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void applyRecord(ConsumerRecord<String, byte[]> record) {
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            apply(record.key(), null);
            return;
        }
        try {
            apply(record.key(), CloudEventCodec.data(CloudEventCodec.fromRecord(record), UnitState.class));
        } catch (CloudEventCodec.InvalidEventException e) {
            // A unit we cannot read is skipped, not guessed at; the registry's next change repairs it.
            log.warn("Unit replica skipped an unreadable record at {}-{}@{}: {}", record.topic(),
                    record.partition(), record.offset(), e.getMessage());
        }
    }

    @Override
    public void start() {
        if (running) {
            return;
        }
        running = true;
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer = consumers.createConsumer(null, "unit-replica", null, overrides);
        reader = Thread.ofPlatform().name("unit-replica").daemon().start(this::read);
    }

    @Override
    public void stop() {
        running = false;
        Consumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        Thread thread = reader;
        if (thread != null) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts before the listeners, so a case arriving at start finds its units. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 4096;
    }
}
