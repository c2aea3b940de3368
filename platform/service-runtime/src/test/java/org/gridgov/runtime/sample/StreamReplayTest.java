package org.gridgov.runtime.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gridgov.events.Topics;
import org.gridgov.testing.EventStreams;
import org.gridgov.testing.RealInfrastructure;
import org.gridgov.testing.Recording;
import org.gridgov.testing.StreamedEvent;
import org.gridgov.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@RealInfrastructure
@SpringBootTest
class StreamReplayTest {

    private static final Path STREAM = Path.of("src/test/resources/streams/feedback-two-cases.jsonl");
    private static final UUID PARK_CASE = UUID.fromString("0a8f7c1e-5d2b-4c3a-9e1f-000000000001");
    private static final UUID ROAD_CASE = UUID.fromString("0a8f7c1e-5d2b-4c3a-9e1f-000000000002");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void recordedStreamReplaysToTheSameStateAndReplayingTwiceChangesNothing() {
        givenCase(PARK_CASE);
        givenCase(ROAD_CASE);

        EventStreams.replay(STREAM);
        awaitState(Map.of(PARK_CASE, 2, ROAD_CASE, 1));
        EventStreams.replay(STREAM);
        // One fresh event per key, behind the replayed ones on each partition: once they are
        // applied, the second replay has been read too.
        EventStreams.replay(TestInfrastructure.get().kafkaBootstrapServers(),
                List.of(SampleEvents.feedback(PARK_CASE, "RESOLVED"), SampleEvents.feedback(ROAD_CASE, "RESOLVED")));

        awaitState(Map.of(PARK_CASE, 3, ROAD_CASE, 2));
        assertThat(outcome(PARK_CASE)).isEqualTo("RESOLVED");
    }

    @Test
    void aRecordingWrittenToAFileReadsBackAsTheSameEvents(@TempDir Path folder) {
        UUID caseId = UUID.randomUUID();
        List<StreamedEvent> sent = List.of(SampleEvents.feedback(caseId, "PARTIALLY_RESOLVED"),
                SampleEvents.feedback(caseId, "RESOLVED"));
        Path file = folder.resolve("recorded.jsonl");

        try (Recording recording = EventStreams.record(Topics.CASE_FEEDBACK)) {
            EventStreams.replay(TestInfrastructure.get().kafkaBootstrapServers(), sent);
            recording.await(event -> event.event().getId().equals(sent.get(1).event().getId()));
            EventStreams.write(file, recording.events().stream().filter(event -> caseId.toString().equals(event.key())).toList());
        }

        List<StreamedEvent> recorded = EventStreams.read(file);
        assertThat(recorded).extracting(StreamedEvent::toJsonLine)
                .containsExactlyElementsOf(sent.stream().map(StreamedEvent::toJsonLine).toList());
    }

    private void givenCase(UUID caseId) {
        jdbc.update("insert into sample_case (id, unit_code, category, feedback_count) values (?, ?, ?, 0) on conflict do nothing",
                caseId, "130527100201004", "PARK_FACILITY");
    }

    private void awaitState(Map<UUID, Integer> feedbackCounts) {
        await().untilAsserted(() -> feedbackCounts.forEach((caseId, count) -> assertThat(
                jdbc.queryForObject("select feedback_count from sample_case where id = ?", Integer.class, caseId))
                .as("feedback on %s", caseId).isEqualTo(count)));
    }

    private String outcome(UUID caseId) {
        return jdbc.queryForObject("select last_outcome from sample_case where id = ?", String.class, caseId);
    }
}
