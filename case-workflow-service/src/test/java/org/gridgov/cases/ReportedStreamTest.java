package org.gridgov.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gridgov.cases.NanheCounty.BEIJIASONG_GRID_1;
import static org.gridgov.cases.NanheCounty.BEIJIASONG_WORKER_1;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.cloudevents.core.builder.CloudEventBuilder;
import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.EventSchemas;
import org.gridgov.events.Topics;
import org.gridgov.events.cases.CaseReported;
import org.gridgov.testing.EventStreams;
import org.gridgov.testing.Recording;
import org.gridgov.testing.StreamedEvent;
import org.gridgov.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reports arriving on {@code case.reported}: every report id is one case, whichever way and however often it comes. */
class ReportedStreamTest extends CaseWorkflowIntegrationTest {

    private static final Path HOTLINE_MORNING = Path.of("src/test/resources/streams/case-reported-hotline.jsonl");

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void replayingARecordedReportStreamTwiceFilesEachReportOnce() {
        List<StreamedEvent> stream = EventStreams.read(HOTLINE_MORNING);
        List<UUID> reportIds = stream.stream().map(event -> event.data(CaseReported.class).reportId()).distinct().toList();

        EventStreams.replay(HOTLINE_MORNING);
        await().atMost(Duration.ofSeconds(30)).until(() -> casesOf(reportIds).size() == reportIds.size());
        Map<UUID, String> statesAfterFirstReplay = casesOf(reportIds);
        EventStreams.replay(HOTLINE_MORNING);
        // A fresh report behind the replayed ones on every key: once all are filed, the second
        // replay has been read to its end.
        List<UUID> markers = sendMarkers(stream.stream().map(StreamedEvent::key).distinct().toList());
        await().atMost(Duration.ofSeconds(30)).until(() -> casesOf(markers).size() == markers.size());

        assertThat(casesOf(reportIds)).isEqualTo(statesAfterFirstReplay);
        assertThat(statesAfterFirstReplay).containsValues("ASSIGNED", "ESCALATED", "FILED", "REJECTED");
        for (UUID reportId : reportIds) {
            assertThat(jdbc.queryForObject("""
                    select count(*) from case_event e join case_file c on c.id = e.case_id
                    where c.report_id = ? and e.action = 'REPORT'""", Integer.class, reportId))
                    .as("report %s", reportId).isEqualTo(1);
        }
    }

    @Test
    void reportFromTheAppAndTheSameReportFromAnIntakeSystemAreOneCase() {
        UUID reportId = UUID.randomUUID();
        String worker = token(BEIJIASONG_WORKER_1, "GRID_WORKER", BEIJIASONG_GRID_1);
        Map<String, Object> body = reportIn(BEIJIASONG_GRID_1, "ENV_GARBAGE");
        body.put("reportId", reportId.toString());

        Api.Response first = api().post("/api/cases", worker, body);
        EventStreams.replay(TestInfrastructure.get().kafkaBootstrapServers(),
                List.of(external(reportId, BEIJIASONG_GRID_1, "ENV_GARBAGE")));
        List<UUID> markers = sendMarkers(List.of(BEIJIASONG_GRID_1));
        await().atMost(Duration.ofSeconds(30)).until(() -> casesOf(markers).size() == 1);
        Api.Response resent = api().post("/api/cases", worker, body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(resent.status()).isEqualTo(200);
        assertThat(resent.body().path("alreadyReported").asBoolean()).isTrue();
        assertThat(resent.text("caseId")).isEqualTo(first.text("caseId"));
        assertThat(resent.text("trackingCode")).isEqualTo(first.text("trackingCode"));
        assertThat(jdbc.queryForObject("select count(*) from case_file where report_id = ?", Integer.class, reportId))
                .isEqualTo(1);
    }

    @Test
    void reportFromAnIntakeSystemFirstIsTheCaseTheAppLaterFindsWithoutItsTrackingCode() {
        UUID reportId = UUID.randomUUID();
        EventStreams.replay(TestInfrastructure.get().kafkaBootstrapServers(),
                List.of(external(reportId, BEIJIASONG_GRID_1, "STREET_LITTER")));
        await().atMost(Duration.ofSeconds(30)).until(() -> casesOf(List.of(reportId)).size() == 1);
        Map<String, Object> body = reportIn(BEIJIASONG_GRID_1, "STREET_LITTER");
        body.put("reportId", reportId.toString());

        Api.Response sameReport = api().post("/api/cases", token(BEIJIASONG_WORKER_1, "GRID_WORKER", BEIJIASONG_GRID_1), body);

        assertThat(sameReport.status()).isEqualTo(200);
        assertThat(sameReport.text("caseId")).isEqualTo(
                jdbc.queryForObject("select id::text from case_file where report_id = ?", String.class, reportId));
        assertThat(sameReport.text("trackingCode")).isNull();
    }

    @Test
    void reportTakenThroughRestIsPublishedOnCaseReportedUnderItsReportId() {
        try (Recording reported = EventStreams.record(Topics.CASE_REPORTED)) {
            Map<String, Object> body = reportIn(BEIJIASONG_GRID_1, "ELDERLY_LIVING_ALONE");
            body.put("reporterContact", "contact-kept-here-only");

            Api.Response created = api().post("/api/cases", token(BEIJIASONG_WORKER_1, "GRID_WORKER", BEIJIASONG_GRID_1), body);
            String caseId = created.text("caseId");
            String reportId = jdbc.queryForObject("select report_id::text from case_file where id = ?::uuid", String.class, caseId);

            StreamedEvent echo = reported.await(event -> event.event().getId().equals(reportId));
            byte[] data = echo.event().getData().toBytes();
            assertThat(echo.key()).isEqualTo(BEIJIASONG_GRID_1);
            assertThat(echo.data(CaseReported.class).reporterRef()).isEqualTo(BEIJIASONG_WORKER_1);
            assertThat(EventSchemas.problems(echo.event().getType(), data)).isEmpty();
            assertThat(new String(data, StandardCharsets.UTF_8)).doesNotContain("contact-kept-here-only");
        }
    }

    @Test
    void reportThatBreaksItsSchemaGoesToTheDeadLetterTopic() {
        String id = UUID.randomUUID().toString();
        StreamedEvent broken = new StreamedEvent(Topics.CASE_REPORTED, BEIJIASONG_GRID_1, CloudEventBuilder.v1()
                .withId(id).withSource(URI.create("/intake/sensor-17")).withType("org.gridgov.case.reported.v1")
                .withDataContentType("application/json")
                .withData(("{\"reportId\":\"" + id + "\",\"description\":\"no category\",\"channel\":\"SENSOR\","
                        + "\"peopleInvolved\":0,\"riskFlag\":false,\"reportedAt\":\"2026-11-20T10:00:00Z\"}")
                        .getBytes(StandardCharsets.UTF_8))
                .build());

        try (Recording deadLetters = EventStreams.record(Topics.CASE_REPORTED + ".dlt")) {
            EventStreams.replay(TestInfrastructure.get().kafkaBootstrapServers(), List.of(broken));

            StreamedEvent parked = deadLetters.await(event -> event.event().getId().equals(id));
            assertThat(parked.key()).isEqualTo(BEIJIASONG_GRID_1);
        }
        assertThat(jdbc.queryForObject("select count(*) from case_file where report_id = ?::uuid", Integer.class, id))
                .isZero();
    }

    private List<UUID> sendMarkers(List<String> keys) {
        List<StreamedEvent> markers = keys.stream()
                .map(key -> new StreamedEvent(Topics.CASE_REPORTED, key, external(UUID.randomUUID(), null, "STREET_LITTER").event()))
                .toList();
        EventStreams.replay(TestInfrastructure.get().kafkaBootstrapServers(), markers);
        return markers.stream().map(event -> event.data(CaseReported.class).reportId()).toList();
    }

    /** A report as the hotline system sends it; without a grid code it has an address for the county to place. */
    private static StreamedEvent external(UUID reportId, String gridCode, String category) {
        CaseReported report = new CaseReported(reportId, category, "reported by the hotline", null, null, gridCode,
                gridCode == null ? "somewhere the caller described" : null, "HOTLINE", null, 1, false, null, Instant.now());
        return new StreamedEvent(Topics.CASE_REPORTED, gridCode, CloudEventCodec.toCloudEvent(reportId.toString(),
                URI.create("/intake/hotline-4569899"), reportId.toString(), Instant.now(), report));
    }

    /** The state of the case of each report that has one. */
    private Map<UUID, String> casesOf(List<UUID> reportIds) {
        return jdbc.queryForList("select report_id, state from case_file where report_id = any(?)",
                        (Object) reportIds.toArray(UUID[]::new)).stream()
                .collect(Collectors.toMap(row -> (UUID) row.get("report_id"), row -> (String) row.get("state")));
    }

}
