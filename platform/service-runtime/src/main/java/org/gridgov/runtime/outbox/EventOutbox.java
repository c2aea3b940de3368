package org.gridgov.runtime.outbox;

import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.EventTypes;
import org.gridgov.events.TopicSpec;
import org.gridgov.events.Topics;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
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

    private static final String INSERT = """
            insert into gridgov_outbox
                (event_id, topic, message_key, ce_type, ce_source, ce_subject, ce_time, ce_dataschema, data, traceparent)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

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

    /** The {@code ce_source} of every event this service publishes. */
    public URI source() {
        return source;
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
     * Appends many events in one JDBC batch: the same rows as {@link #append} would write one
     * statement each, in list order (the relay publishes them in that order), with the {@code ce_time}
     * and {@code traceparent} of this call. Every payload is checked against its topic before anything
     * is written, so a refused event leaves none of the others behind.
     *
     * @return the {@code ce_id} of each event, in order
     */
    public List<String> appendAll(List<Event> events) {
        requireTransaction();
        if (events.isEmpty()) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>(events.size());
        for (Event event : events) {
            Class<?> type = event.payload().getClass();
            if (!Topics.named(event.topic()).carries(type)) {
                throw new IllegalArgumentException(event.topic() + " does not carry " + type.getSimpleName());
            }
            rows.add(new Row(event, EventTypes.typeOf(type), EventTypes.dataSchemaOf(type).toString(),
                    CloudEventCodec.toJson(event.payload())));
        }
        Timestamp now = Timestamp.from(clock.instant());
        String traceparent = traceContext.currentTraceparent();
        String sourceText = source.toString();
        jdbc.batchUpdate(INSERT, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement statement, int index) throws SQLException {
                Row row = rows.get(index);
                statement.setString(1, row.event().eventId());
                statement.setString(2, row.event().topic());
                setText(statement, 3, row.event().key());
                statement.setString(4, row.type());
                statement.setString(5, sourceText);
                setText(statement, 6, row.event().subject());
                statement.setTimestamp(7, now);
                statement.setString(8, row.dataSchema());
                statement.setBytes(9, row.data());
                setText(statement, 10, traceparent);
            }

            @Override
            public int getBatchSize() {
                return rows.size();
            }
        });
        publishAfterCommit();
        return events.stream().map(Event::eventId).toList();
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
        jdbc.update(INSERT, eventId, topic, key, type, source.toString(), subject, Timestamp.from(now), dataSchema, data,
                traceContext.currentTraceparent());
        publishAfterCommit();
    }

    private void publishAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                afterCommit.run();
            }
        });
    }

    private static void setText(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("an event is appended inside the transaction of the change that causes it");
        }
    }

    /**
     * An event for {@link EventOutbox#appendAll}: what {@code append(topic, key, subject, eventId, payload)} takes.
     *
     * @param key     the Kafka message key (null for none)
     * @param subject the CloudEvents subject (null for none)
     * @param eventId the {@code ce_id}
     */
    public record Event(String topic, String key, String subject, String eventId, Object payload) {

        public Event {
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(payload, "payload");
        }

        /** An event whose subject is its key and whose id is new, as {@code append(topic, key, payload)} writes. */
        public static Event of(String topic, String key, Object payload) {
            return new Event(topic, key, key, UUID.randomUUID().toString(), payload);
        }
    }

    private record Row(Event event, String type, String dataSchema, byte[] data) {
    }
}
