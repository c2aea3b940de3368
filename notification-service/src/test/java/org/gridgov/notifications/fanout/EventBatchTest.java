package org.gridgov.notifications.fanout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.Topics;
import org.gridgov.events.cases.CaseVerified;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;

class EventBatchTest {

    private final List<List<String>> applied = new ArrayList<>();

    @Test
    void readableBatchIsAppliedAtOnce() {
        List<ConsumerRecord<String, byte[]>> records = List.of(event(0), event(1), event(2));

        EventBatch.apply(records, events -> applied.add(ids(events)));

        assertThat(applied).containsExactly(List.of("e-0", "e-1", "e-2"));
    }

    @Test
    void failingEventIsFoundOneByOneAndReportedByIndexOnceTheEventsBeforeItAreApplied() {
        List<ConsumerRecord<String, byte[]>> records = List.of(event(0), event(1), event(2));

        assertThatThrownBy(() -> EventBatch.apply(records, events -> {
            if (ids(events).contains("e-1")) {
                throw new IllegalStateException("database down for e-1");
            }
            applied.add(ids(events));
        })).isInstanceOfSatisfying(BatchListenerFailedException.class, failed -> {
            assertThat(failed.getIndex()).isEqualTo(1);
            assertThat(failed.getCause()).hasMessage("database down for e-1");
        });

        assertThat(applied).containsExactly(List.of("e-0"));
    }

    @Test
    void unreadableRecordIsReportedByIndexOnceTheReadableOnesBeforeItAreApplied() {
        List<ConsumerRecord<String, byte[]>> records = List.of(event(0), event(1),
                consumed(new ProducerRecord<>(Topics.CASE_EVENTS, "k", "not a cloud event".getBytes(StandardCharsets.UTF_8))),
                event(3));

        assertThatThrownBy(() -> EventBatch.apply(records, events -> applied.add(ids(events))))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, failed ->
                        assertThat(failed.getIndex()).isEqualTo(2));

        assertThat(applied).containsExactly(List.of("e-0", "e-1"));
    }

    private static List<String> ids(List<CloudEvent> events) {
        return events.stream().map(CloudEvent::getId).toList();
    }

    private static ConsumerRecord<String, byte[]> event(int index) {
        UUID caseId = UUID.randomUUID();
        CloudEvent event = CloudEventCodec.toCloudEvent("e-" + index, URI.create("/gridgov/case-workflow"),
                caseId.toString(), Instant.parse("2026-11-24T01:00:00Z"),
                new CaseVerified(caseId, "gw-1", null, Instant.parse("2026-11-24T01:00:00Z")));
        return consumed(CloudEventCodec.toRecord(Topics.CASE_EVENTS, caseId.toString(), event));
    }

    private static ConsumerRecord<String, byte[]> consumed(ProducerRecord<String, byte[]> sent) {
        return new ConsumerRecord<>(sent.topic(), 0, 0, 0, TimestampType.CREATE_TIME, 0, sent.value().length,
                sent.key(), sent.value(), new RecordHeaders(sent.headers().toArray()), Optional.empty());
    }
}
