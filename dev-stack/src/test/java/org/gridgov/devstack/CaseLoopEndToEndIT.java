package org.gridgov.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gridgov.devstack.JourneyTerritory.*;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
import org.gridgov.events.cases.DepartmentFeedback;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The case loop end to end, on the journeys' stack ({@link JourneyStack}): driven through the gateway
 * only, as outside clients would, with a plain Kafka consumer where a command centre or a department
 * would listen and a plain producer where a department answers.
 */
class CaseLoopEndToEndIT extends Journey {

    private static final String CATEGORY = "DRAIN_BLOCKED";
    private static final String DEPARTMENT = "URBAN_MGMT";

    private static Api gateway;

    @BeforeAll
    static void throughTheGateway() {
        gateway = stack.gateway();
    }

    @Test
    void aRuralCaseClimbsLevelByLevelIsHandledByItsDepartmentVerifiedClosedAndRated() throws Exception {
        String worker = token(RURAL_WORKER, "GRID_WORKER", RURAL_GRID);
        String leader = token(LEADER, "GRID_LEADER", RURAL_VILLAGE);
        String town = token("cc-" + RURAL_TOWN, "COMMAND_CENTRE", RURAL_TOWN);
        try (TopicWatcher topics = new TopicWatcher(stack.kafkaBootstrap(), Topics.CASE_ESCALATED, Topics.CASE_DISPATCHED)) {

            JsonNode intake = gateway.post("/api/cases", worker, report(RURAL_GRID, "The drain by the school is blocked.")).require("report");
            String id = intake.path("caseId").asString();
            String trackingCode = intake.path("trackingCode").asString();

            assertThat(intake.path("state").asString()).isEqualTo("ASSIGNED");
            assertThat(get("/api/cases/" + id, worker).path("assigneeId").asString()).isEqualTo(RURAL_WORKER);

            JsonNode atVillage = post("/api/cases/" + id + "/escalate", worker, Map.of("reason", "Needs a digger the grid does not have."));
            assertThat(atVillage.path("level").asString()).isEqualTo("VILLAGE");
            assertThat(atVillage.path("unitCode").asString()).isEqualTo(RURAL_VILLAGE);

            JsonNode atTown = post("/api/cases/" + id + "/escalate", leader, Map.of("reason", "The village has no budget for it."));
            assertThat(atTown.path("level").asString()).isEqualTo("TOWN");
            assertThat(atTown.path("unitCode").asString()).isEqualTo(RURAL_TOWN);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(topics.keysOf(Topics.CASE_ESCALATED, id)).contains(RURAL_VILLAGE, RURAL_TOWN));

            JsonNode dispatched = post("/api/cases/" + id + "/dispatch", town, Map.of("departmentCode", DEPARTMENT,
                    "instructions", "Clear the drain before the rains."));
            assertThat(dispatched.path("state").asString()).isEqualTo("DISPATCHED");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(topics.keysOf(Topics.CASE_DISPATCHED, id)).containsExactly(DEPARTMENT));

            answerOnTheFeedbackTopic(UUID.fromString(id));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(get("/api/cases/" + id, worker).path("state").asString()).isEqualTo("HANDLED"));

            JsonNode closed = post("/api/cases/" + id + "/verify", worker, Map.of("passed", true, "note", "Water runs off again."));
            assertThat(closed.path("state").asString()).isEqualTo("CLOSED");

            JsonNode rated = gateway.post("/api/public/cases/" + trackingCode + "/evaluation", null,
                    Map.of("rating", 5, "comment", "Fixed within the week.")).require("public evaluation");
            assertThat(rated.path("rating").asInt()).isEqualTo(5);
            assertThat(gateway.get("/api/public/cases/" + trackingCode, null).require("public view").path("state").asString())
                    .isEqualTo("EVALUATED");

            JsonNode history = get("/api/cases/" + id + "/history", town);
            assertThat(history.toString()).contains("Needs a digger the grid does not have.", "The village has no budget for it.",
                    RURAL_WORKER, LEADER);
            List<String> reached = new ArrayList<>();
            (history.isArray() ? history : history.path("items")).forEach(row -> reached.add(row.path("to").asString()));
            assertThat(reached).containsSubsequence("ASSIGNED", "ESCALATED", "ESCALATED", "DISPATCHED", "HANDLED",
                    "VERIFIED", "CLOSED", "EVALUATED");

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    assertThat(get("/api/notifications?size=100", worker).path("items").toString()).contains(id));
        }
    }

    @Test
    void anUrbanGridsCaseGoesFlatToTheCounty() throws Exception {
        String worker = token(URBAN_WORKER, "GRID_WORKER", URBAN_GRID);
        try (TopicWatcher topics = new TopicWatcher(stack.kafkaBootstrap(), Topics.CASE_ESCALATED)) {
            String id = gateway.post("/api/cases", worker, report(URBAN_GRID, "A drain cover is broken on the main street."))
                    .require("report").path("caseId").asString();

            JsonNode escalated = post("/api/cases/" + id + "/escalate", worker, Map.of("reason", "The street belongs to the county."));

            assertThat(escalated.path("level").asString()).isEqualTo("COUNTY");
            assertThat(escalated.path("unitCode").asString()).isEqualTo(COUNTY);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(topics.keysOf(Topics.CASE_ESCALATED, id)).containsExactly(COUNTY));
        }
    }

    private static JsonNode get(String path, String token) {
        return gateway.get(path, token).require("GET " + path);
    }

    private static JsonNode post(String path, String token, Map<String, Object> body) {
        return gateway.post(path, token, body).require("POST " + path);
    }

    private static Map<String, Object> report(String grid, String description) {
        return Map.of("category", CATEGORY, "description", description, "gridCode", grid, "channel", "GRID_WORKER_APP",
                "peopleInvolved", 3, "riskFlag", false, "reporterContact", "0319-5550000");
    }

    /** The department's own system answers on case.feedback, as a CloudEvent, not through the REST API. */
    private static void answerOnTheFeedbackTopic(UUID caseId) throws Exception {
        DepartmentFeedback feedback = new DepartmentFeedback(UUID.randomUUID(), caseId, DEPARTMENT, "urban-mgmt-crew-7",
                "RESOLVED", "Drain cleared and flushed.", Instant.now());
        CloudEvent event = CloudEventCodec.toCloudEvent(feedback.feedbackId().toString(), URI.create("/departments/urban-mgmt"),
                caseId.toString(), feedback.reportedAt(), feedback);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrap()), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(CloudEventCodec.toRecord(Topics.CASE_FEEDBACK, caseId.toString(), event)).get();
        }
    }

    private static String token(String account, String role, String... scope) {
        return JourneyStack.token(account, role, scope);
    }
}
