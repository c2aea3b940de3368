package org.gridgov.runtime.outbox;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.EventTypes;
import org.gridgov.events.TopicSpec;
import org.gridgov.events.Topics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The transactional outbox: an event appended here is a row written in the caller's transaction,
 * so it exists exactly when the state change that caused it commits. {@link OutboxRelay} publishes
 * the rows to Kafka afterwards, in order, at least once.
 */
public class EventOutbox {

    /** The {@code ce_type} recorded for a tombstone row; tombstones travel without CloudEvents headers. */
    static final String TOMBSTONE_TYPE = "tombstone";

    private final JdbcTemplate jdbc;
    private final URI source;
    private final Clock clock;
    private final TraceContext traceContext;
    private final Runnable afterCommit;

    EventOutbox(JdbcTemplate jdbc, URI source, Clock clock, TraceContext traceContext, Runnable afterCommit) {
        this.jdbc = jdbc;
        this.source = source;
        this.clock = clock;
        this.traceContext = traceContext;
        this.afterCommit = afterCommit;
    }

    /**
     * Appends an event whose subject is its key and whose id is new.
     *
     * @return the {@code ce_id} of the event
     */
    public String append(String topic, String key, Object payload) {
        return append(topic, key, key, UUID.randomUUID().toString(), payload);
    }

    /**
     * Appends an event with a chosen id: an id derived from what caused the event (a report id, say)
     * lets consumers drop a re-sent copy.
     *
     * @return the {@code ce_id} of the event
     */
    public String append(String topic, String key, String subject, String eventId, Object payload) {
        requireTransaction();
        TopicSpec spec = Topics.named(topic);
        if (!spec.carries(payload.getClass())) {
            throw new IllegalArgumentException(topic + " does not carry " + payload.getClass().getSimpleName());
        }
        insert(eventId, topic, key, EventTypes.typeOf(payload.getClass()), subject,
                EventTypes.dataSchemaOf(payload.getClass()).toString(), CloudEventCodec.toJson(payload));
        return eventId;
    }

    /**
     * Appends a tombstone: a record with the key and no value, which removes the key from a
     * compacted topic once compaction runs (consumers reading from the start never see it again).
     */
    public void appendTombstone(String topic, String key) {
        requireTransaction();
        if (!Topics.named(topic).compacted()) {
            throw new IllegalArgumentException(topic + " is not compacted: a tombstone means nothing there");
        }
        insert(UUID.randomUUID().toString(), topic, key, TOMBSTONE_TYPE, key, null, null);
    }

    private void insert(String eventId, String topic, String key, String type, String subject, String dataSchema,
                        byte[] data) {
        Instant now = clock.instant();
        jdbc.update("""
                insert into gridgov_outbox
                    (event_id, topic, message_key, ce_type, ce_source, ce_subject, ce_time, ce_dataschema, data, traceparent)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                eventId, topic, key, type, source.toString(), subject, Timestamp.from(now), dataSchema, data,
                traceContext.currentTraceparent());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                afterCommit.run();
            }
        });
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("an event is appended inside the transaction of the change that causes it");
        }
    }
}
