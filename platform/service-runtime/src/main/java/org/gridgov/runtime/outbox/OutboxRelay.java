package org.gridgov.runtime.outbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.data.BytesCloudEventData;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.gridgov.events.CloudEventCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes outbox rows to Kafka in the order they were written, then deletes them (or, with
 * {@link OutboxProperties#keepSent()} set, marks them sent and deletes them once that time is over).
 *
 * <p>Only one replica relays at a time: a round holds a PostgreSQL advisory lock for its
 * transaction, so the order per key survives several replicas without a coordinator. A crash after
 * Kafka acknowledged a row but before the row was marked sends it again on the next round: delivery
 * is at least once, and consumers drop the copy by its {@code ce_id}.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    /** Any constant shared by all replicas of all services; each service has its own database. */
    private static final long RELAY_LOCK = 0x67726964676f76L;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final KafkaTemplate<String, byte[]> kafka;
    private final OutboxProperties properties;
    private final Clock clock;
    private final Counter published;
    private final Semaphore wake = new Semaphore(0);
    private volatile Thread worker;
    private volatile boolean running;
    private long lastCleanup;

    OutboxRelay(JdbcTemplate jdbc, TransactionTemplate transactions, KafkaTemplate<String, byte[]> kafka,
                OutboxProperties properties, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.kafka = kafka;
        this.properties = properties;
        this.clock = clock;
        this.published = Counter.builder("gridgov.outbox.published")
                .description("Events published from the outbox to Kafka").register(meters);
    }

    /** Asks the relay to look for rows now rather than at its next poll. */
    public void wake() {
        wake.release();
    }

    /**
     * Publishes one batch of unsent rows, if this replica holds the relay lock.
     *
     * @return how many rows were published and marked sent
     */
    public int relayOnce() {
        Integer sent = transactions.execute(status -> {
            Boolean leader = jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, RELAY_LOCK);
            if (!Boolean.TRUE.equals(leader)) {
                return 0;
            }
            List<OutboxRow> rows = jdbc.query("""
                    select id, event_id, topic, message_key, ce_type, ce_source, ce_subject, ce_time,
                           ce_dataschema, data, traceparent
                    from gridgov_outbox where sent_at is null order by id limit ?
                    """, (rs, n) -> new OutboxRow(rs.getLong("id"), rs.getString("event_id"), rs.getString("topic"),
                    rs.getString("message_key"), rs.getString("ce_type"), rs.getString("ce_source"),
                    rs.getString("ce_subject"), rs.getTimestamp("ce_time"), rs.getString("ce_dataschema"),
                    rs.getBytes("data"), rs.getString("traceparent")), properties.batchSize());
            List<Long> acknowledged = publish(rows);
            if (!acknowledged.isEmpty()) {
                if (properties.keepSent().isZero()) {
                    // Kafka holds the event now: a delete leaves one dead row, where marking it sent
                    // wrote a new row version, its index entries, and still a delete later.
                    jdbc.update("delete from gridgov_outbox where id = any(?)", (Object) acknowledged.toArray(Long[]::new));
                } else {
                    jdbc.update("update gridgov_outbox set sent_at = ? where id = any(?)",
                            Timestamp.from(clock.instant()), acknowledged.toArray(Long[]::new));
                }
            }
            return acknowledged.size();
        });
        int count = sent == null ? 0 : sent;
        published.increment(count);
        return count;
    }

    /**
     * Sends all rows, then waits for the acknowledgements in order and stops at the first failure:
     * rows after it stay unsent and go again next round (duplicates are harmless, gaps are not).
     */
    private List<Long> publish(List<OutboxRow> rows) {
        List<CompletableFuture<SendResult<String, byte[]>>> sends = new ArrayList<>(rows.size());
        for (OutboxRow row : rows) {
            sends.add(kafka.send(row.toProducerRecord()));
        }
        List<Long> acknowledged = new ArrayList<>(rows.size());
        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        for (int i = 0; i < rows.size(); i++) {
            try {
                sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(rows.get(i).id());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException | TimeoutException e) {
                log.warn("Outbox relay could not publish event {} to {}; it will be retried: {}",
                        rows.get(i).eventId(), rows.get(i).topic(), rootMessage(e));
                break;
            }
        }
        return acknowledged;
    }

    /** Deletes rows published longer ago than {@link OutboxProperties#keepSent()}. */
    public int deleteSentRows() {
        return jdbc.update("delete from gridgov_outbox where sent_at < ?",
                Timestamp.from(clock.instant().minus(properties.keepSent())));
    }

    private void loop() {
        long backoffMillis = properties.pollInterval().toMillis();
        while (running) {
            try {
                int sent = relayOnce();
                cleanupNowAndThen();
                backoffMillis = properties.pollInterval().toMillis();
                if (sent < properties.batchSize()) {
                    wake.tryAcquire(backoffMillis, TimeUnit.MILLISECONDS);
                    wake.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The database or the broker is away: keep the rows and try again, backing off.
                if (!running) {
                    return;
                }
                log.warn("Outbox relay round failed, retrying in {} ms: {}", backoffMillis, rootMessage(e));
                try {
                    // Waits on the wake-up signal rather than sleeping, so stop() ends the wait at once.
                    wake.tryAcquire(backoffMillis, TimeUnit.MILLISECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoffMillis = Math.min(backoffMillis * 2, 30_000);
            }
        }
    }

    /** Also with keep-sent at zero: rows marked under an earlier setting go too. */
    private void cleanupNowAndThen() {
        long now = System.currentTimeMillis();
        if (now - lastCleanup > 600_000) {
            lastCleanup = now;
            deleteSentRows();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    @Override
    public void start() {
        if (!properties.relayEnabled() || running) {
            return;
        }
        running = true;
        worker = Thread.ofPlatform().name("outbox-relay").daemon().start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        Thread current = worker;
        if (current != null) {
            wake.release();
            try {
                // A round in flight gets a few seconds to finish; a round stuck waiting for a
                // database or broker that is itself shutting down is interrupted: its rows stay
                // unsent and go out on the next start.
                current.join(5_000);
                if (current.isAlive()) {
                    current.interrupt();
                    current.join(2_000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        worker = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts after the listeners and the web server, stops before them: nothing is half-sent. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2048;
    }

    private record OutboxRow(long id, String eventId, String topic, String key, String type, String source,
                             String subject, Timestamp time, String dataSchema, byte[] data, String traceparent) {

        ProducerRecord<String, byte[]> toProducerRecord() {
            if (data == null) {
                ProducerRecord<String, byte[]> tombstone = new ProducerRecord<>(topic, key, null);
                addTraceparent(tombstone);
                return tombstone;
            }
            CloudEvent event = CloudEventBuilder.v1()
                    .withId(eventId)
                    .withType(type)
                    .withSource(URI.create(source))
                    .withSubject(subject)
                    .withTime(time.toInstant().atOffset(ZoneOffset.UTC))
                    .withDataContentType(CloudEventCodec.JSON)
                    .withDataSchema(URI.create(dataSchema))
                    .withData(BytesCloudEventData.wrap(data))
                    .build();
            ProducerRecord<String, byte[]> record = CloudEventCodec.toRecord(topic, key, event);
            addTraceparent(record);
            return record;
        }

        private void addTraceparent(ProducerRecord<String, byte[]> record) {
            if (traceparent != null) {
                record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.US_ASCII));
            }
        }
    }
}
