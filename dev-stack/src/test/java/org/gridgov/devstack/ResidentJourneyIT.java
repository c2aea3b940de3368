package org.gridgov.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gridgov.devstack.JourneyStack.body;
import static org.gridgov.devstack.JourneyStack.token;
import static org.gridgov.devstack.JourneyTerritory.ELSEWHERE_IN_RURAL_GRID;
import static org.gridgov.devstack.JourneyTerritory.IN_RURAL_GRID;
import static org.gridgov.devstack.JourneyTerritory.IN_URBAN_GRID;
import static org.gridgov.devstack.JourneyTerritory.RURAL_GRID;
import static org.gridgov.devstack.JourneyTerritory.RURAL_WORKER;
import static org.gridgov.devstack.JourneyTerritory.URBAN_GRID;
import static org.gridgov.devstack.JourneyTerritory.URBAN_WORKER;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.Topics;
import org.gridgov.events.cases.CaseReported;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A resident with no account: scans the QR code on a lamp post, reports a problem where they stand,
 * follows it by its tracking code, and rates the result once the grid worker has fixed it.
 */
class ResidentJourneyIT extends Journey {

    @Test
    void aQrReportWithOnlyCoordinatesReachesTheGridWorkerAndTheResidentFollowsAndRatesIt() {
        String worker = token(RURAL_WORKER, "GRID_WORKER", RURAL_GRID);

        JsonNode reported = stack.post("/api/public/cases", null, body("category", "ENV_GARBAGE",
                "description", "Rubbish piled up behind the lamp post with this QR code.", "channel", "QR_CODE",
                "longitude", IN_RURAL_GRID[0], "latitude", IN_RURAL_GRID[1], "reporterContact", "13800138000"));
        String trackingCode = reported.path("trackingCode").asString();
        String caseId = reported.path("caseId").asString();

        JsonNode held = stack.get("/api/cases/" + caseId, worker);
        assertThat(held.path("gridCode").asString()).isEqualTo(RURAL_GRID);
        assertThat(held.path("state").asString()).isEqualTo("ASSIGNED");
        assertThat(held.path("assigneeId").asString()).isEqualTo(RURAL_WORKER);
        assertThat(held.path("awaitingPlacement").asBoolean(false)).isFalse();

        JsonNode followed = stack.get("/api/public/cases/" + trackingCode, null);
        assertThat(followed.path("state").asString()).isEqualTo("ASSIGNED");
        assertThat(followed.toString()).doesNotContain("13800138000");

        stack.post("/api/cases/" + caseId + "/resolve", worker, body("notes", "Cleared with the village cleaners."));
        JsonNode closed = stack.post("/api/cases/" + caseId + "/verify", worker, body("passed", true, "note", "Clean."));
        assertThat(closed.path("state").asString()).isEqualTo("CLOSED");
        assertThat(stack.get("/api/public/cases/" + trackingCode, null).path("mayEvaluate").asBoolean()).isTrue();

        JsonNode rated = stack.post("/api/public/cases/" + trackingCode + "/evaluation", null,
                body("rating", 5, "comment", "Quick, thank you."));
        assertThat(rated.path("state").asString()).isEqualTo("EVALUATED");
        assertThat(rated.path("rating").asInt()).isEqualTo(5);
    }

    @Test
    void aResidentWhoseProblemIsNotFixedRatesItLowAndTheCaseGoesBackToTheGridWorker() {
        String worker = token(RURAL_WORKER, "GRID_WORKER", RURAL_GRID);
        JsonNode reported = stack.post("/api/public/cases", null, body("category", "ENV_GARBAGE",
                "description", "The bins by the well overflow again.", "channel", "WECHAT",
                "longitude", ELSEWHERE_IN_RURAL_GRID[0], "latitude", ELSEWHERE_IN_RURAL_GRID[1],
                "reporterContact", "resident@example.org"));
        String trackingCode = reported.path("trackingCode").asString();
        String caseId = reported.path("caseId").asString();
        stack.post("/api/cases/" + caseId + "/resolve", worker, body("notes", "Emptied."));
        stack.post("/api/cases/" + caseId + "/verify", worker, body("passed", true, "note", "Empty now."));

        JsonNode notFixed = stack.post("/api/public/cases/" + trackingCode + "/evaluation", null,
                body("rating", 1, "comment", "Nobody came; they are still overflowing."));

        assertThat(notFixed.path("state").asString()).isEqualTo("REOPENED");
        JsonNode back = stack.get("/api/cases/" + caseId, worker);
        assertThat(back.path("state").asString()).isEqualTo("REOPENED");
        assertThat(back.path("assigneeId").asString()).isEqualTo(RURAL_WORKER);
        assertThat(back.path("reworkCount").asInt()).isEqualTo(1);
        assertThat(stack.get("/api/cases/" + caseId + "/history", worker).toString())
                .contains("Nobody came; they are still overflowing.");
    }

    @Test
    void aHotlineReportWithOnlyCoordinatesArrivingOnKafkaIsPlacedInItsGrid() throws Exception {
        String worker = token(URBAN_WORKER, "GRID_WORKER", URBAN_GRID);
        UUID reportId = UUID.randomUUID();
        CaseReported report = new CaseReported(reportId, "ENV_GARBAGE", "A caller says bins overflow on the main street.",
                IN_URBAN_GRID[0], IN_URBAN_GRID[1], null, null, "HOTLINE", List.of(), 1, false, "hotline-call-0042",
                Instant.now());
        CloudEvent event = CloudEventCodec.toCloudEvent(reportId.toString(), URI.create("/intake/hotline-12345"),
                reportId.toString(), report.reportedAt(), report);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrap()), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(CloudEventCodec.toRecord(Topics.CASE_REPORTED, "unplaced", event)).get();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode cases = stack.get("/api/cases?size=100", worker);
            JsonNode found = null;
            for (JsonNode item : cases.path("items")) {
                if (item.path("reportId").asString().equals(reportId.toString())) {
                    found = item;
                }
            }
            assertThat(found).as("the hotline's report among the urban grid worker's cases").isNotNull();
            assertThat(found.path("gridCode").asString()).isEqualTo(URBAN_GRID);
            assertThat(found.path("assigneeId").asString()).isEqualTo(URBAN_WORKER);
        });
    }
}
