package org.gridgov.runtime.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.UUID;

import org.gridgov.events.Topics;
import org.gridgov.testing.EventStreams;
import org.gridgov.testing.Recording;
import org.gridgov.testing.StreamedEvent;
import org.gridgov.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The relay is stopped here, so each test decides when it runs and where it "crashes". */
class OutboxCrashTest extends RelayStoppedTest {

    private static final String GRID = "130527100201002";

    @Autowired
    SampleCaseService cases;

    @Test
    void eventCommittedWhileTheRelayIsDownIsPublishedWhenItComesBack() {
        try (Recording recording = EventStreams.record(Topics.CASE_EVENTS)) {
            UUID caseId = cases.file(new FileRequest(GRID, "ENV_GARBAGE"));
            assertThat(unsentFor(caseId)).isEqualTo(1);

            relay.relayOnce();

            recording.await(event -> caseId.toString().equals(event.key()));
            assertThat(unsentFor(caseId)).isZero();
        }
    }

    @Test
    void crashBetweenPublishAndMarkingSendsTheEventAgainUnderTheSameId() {
        try (Recording recording = EventStreams.record(Topics.CASE_EVENTS)) {
            UUID caseId = cases.file(new FileRequest(GRID, "ROAD_DAMAGE"));

            // Kafka acknowledges, then the process dies before the rows are marked sent.
            new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                relay.relayOnce();
                status.setRollbackOnly();
            });
            relay.relayOnce();

            List<StreamedEvent> copies = recording.awaitCount(2).stream()
                    .filter(event -> caseId.toString().equals(event.key())).toList();
            assertThat(copies).hasSize(2);
            assertThat(copies.get(0).event().getId()).isEqualTo(copies.get(1).event().getId());
            assertThat(unsentFor(caseId)).isZero();
        }
    }

    @Test
    void redeliveredEventChangesNothing() {
        UUID caseId = cases.file(new FileRequest(GRID, "NOISE"));
        StreamedEvent feedback = SampleEvents.feedback(caseId, "PARTIALLY_RESOLVED");
        StreamedEvent later = SampleEvents.feedback(caseId, "RESOLVED");

        EventStreams.replay(TestInfrastructure.get().kafkaBootstrapServers(), List.of(feedback, feedback, later));

        await().until(() -> "RESOLVED".equals(column(caseId, "last_outcome")));
        assertThat(column(caseId, "feedback_count")).isEqualTo(2);
    }

    private Object column(UUID caseId, String column) {
        return jdbc.queryForObject("select " + column + " from sample_case where id = ?", Object.class, caseId);
    }

    private int unsentFor(UUID caseId) {
        return jdbc.queryForObject("select count(*) from gridgov_outbox where message_key = ? and sent_at is null",
                Integer.class, caseId.toString());
    }
}
