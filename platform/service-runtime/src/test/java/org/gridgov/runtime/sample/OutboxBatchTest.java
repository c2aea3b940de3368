package org.gridgov.runtime.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gridgov.events.Topics;
import org.gridgov.events.cases.CaseFiled;
import org.gridgov.events.cases.DepartmentFeedback;
import org.gridgov.runtime.outbox.EventOutbox;
import org.gridgov.testing.EventStreams;
import org.gridgov.testing.Recording;
import org.junit.jupiter.api.Test;

/** {@code EventOutbox.appendAll}: the rows {@code append} writes, in one batch. The relay runs when a test says so. */
class OutboxBatchTest extends RelayStoppedTest {

    private static final String COLUMNS = "topic, message_key, ce_type, ce_source, ce_subject, ce_dataschema, data, traceparent";

    @Test
    void batchWritesTheSameRowsAsOneAppendEach() {
        CaseFiled filed = filed();
        String single = inTransaction(() -> outbox.append(Topics.CASE_EVENTS, filed.caseId().toString(), filed));

        List<String> batch = inTransaction(() -> outbox.appendAll(List.of(
                EventOutbox.Event.of(Topics.CASE_EVENTS, filed.caseId().toString(), filed))));

        assertThat(batch).hasSize(1).doesNotContain(single);
        assertThat(row(batch.getFirst())).isEqualTo(row(single));
    }

    @Test
    void batchIsPublishedInListOrderWithTheChosenIds() {
        UUID caseId = UUID.randomUUID();
        List<EventOutbox.Event> events = List.of("first", "second", "third").stream()
                .map(name -> new EventOutbox.Event(Topics.CASE_EVENTS, caseId.toString(), caseId.toString(),
                        name + "-" + caseId, filed(caseId)))
                .toList();

        try (Recording recording = EventStreams.record(Topics.CASE_EVENTS)) {
            List<String> ids = inTransaction(() -> outbox.appendAll(events));
            assertThat(ids).containsExactly("first-" + caseId, "second-" + caseId, "third-" + caseId);
            assertThat(jdbc.queryForList("select event_id from gridgov_outbox where message_key = ? order by id",
                    String.class, caseId.toString())).isEqualTo(ids);

            relay.relayOnce();

            recording.await(event -> ids.getLast().equals(event.event().getId()));
            assertThat(recording.events().stream().filter(event -> caseId.toString().equals(event.key()))
                    .map(event -> event.event().getId()).toList()).isEqualTo(ids);
        }
    }

    @Test
    void publishedRowsAreDeletedInTheRoundThatPublishedThem() {
        String id = publishOne();

        assertThat(jdbc.queryForObject("select count(*) from gridgov_outbox where event_id = ?", Integer.class, id)).isZero();
    }

    @Test
    void eventTheTopicDoesNotCarryRefusesTheWholeBatch() {
        UUID caseId = UUID.randomUUID();
        List<EventOutbox.Event> events = List.of(EventOutbox.Event.of(Topics.CASE_EVENTS, caseId.toString(), filed(caseId)),
                EventOutbox.Event.of(Topics.CASE_EVENTS, caseId.toString(), feedback(caseId, "RESOLVED")));

        assertThatThrownBy(() -> inTransaction(() -> outbox.appendAll(events)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DepartmentFeedback");
        assertThatThrownBy(() -> outbox.appendAll(events.subList(0, 1))).isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.queryForObject("select count(*) from gridgov_outbox where message_key = ?", Integer.class,
                caseId.toString())).isZero();
    }

    private Map<String, Object> row(String eventId) {
        Map<String, Object> row = jdbc.queryForMap("select " + COLUMNS + " from gridgov_outbox where event_id = ?", eventId);
        row.put("data", new String((byte[]) row.get("data"), StandardCharsets.UTF_8));
        return row;
    }

    private static CaseFiled filed() {
        return filed(UUID.randomUUID());
    }

    private static DepartmentFeedback feedback(UUID caseId, String outcome) {
        return new DepartmentFeedback(UUID.randomUUID(), caseId, "URBAN_MGMT", "handler-7", outcome, "cleared the site",
                Instant.parse("2026-11-23T08:00:00Z"));
    }
}
