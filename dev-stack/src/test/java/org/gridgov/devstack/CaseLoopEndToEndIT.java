package org.gridgov.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The platform end to end: the stack started as {@code ./gridgov up} starts it, driven through the
 * gateway only, as outside clients would, with a plain Kafka consumer where a command centre or a
 * department would listen and a plain producer where a department answers.
 *
 * <p>Skips itself while grid-registry, case-workflow or the gateway is not built. Population and
 * dispute mediation play no part in this loop and are not started, to spare two cores.
 */
class CaseLoopEndToEndIT {

    private static final String COUNTY = "130527";
    private static final String RURAL_TOWN = "130527103";
    private static final String RURAL_VILLAGE = "130527103201";
    private static final String RURAL_GRID = "130527103201001";
    private static final String URBAN_TOWN = "130527100";
    private static final String URBAN_COMMUNITY = "130527100001";
    private static final String URBAN_GRID = "130527100001001";
    private static final String RURAL_WORKER = "gw-e2e-rural";
    private static final String URBAN_WORKER = "gw-e2e-urban";
    private static final String LEADER = "gl-e2e-village";
    private static final String CATEGORY = "DRAIN_BLOCKED";
    private static final String DEPARTMENT = "URBAN_MGMT";

    private static LaunchedStack stack;
    private static Api gateway;
    private static boolean notificationRuns;
    private static long startedIn;

    @BeforeAll
    static void startTheStackAndLoadATerritory() throws Exception {
        StackLayout checkout = new StackLayout(StackLayout.checkoutOfThisLauncher(), Path.of("unused"), 0);
        List<String> missing = new ArrayList<>();
        for (String module : List.of("gateway-service", "grid-registry-service", "case-workflow-service")) {
            if (!Files.isRegularFile(checkout.jarOf(module))) {
                missing.add(module);
            }
        }
        assumeTrue(missing.isEmpty(), "the end-to-end test needs " + missing + " built (./gridgov test builds them first)");
        notificationRuns = Files.isRegularFile(checkout.jarOf("notification-service"));

        stack = LaunchedStack.onFreePorts(Path.of("target/e2e-stack"));
        long start = System.nanoTime();
        stack.up(Duration.ofMinutes(8), "--reset", "--no-demo", "--quiet", "--include-unlisted",
                "--without", "population,dispute-mediation" + (notificationRuns ? "" : ",notification"));
        startedIn = System.nanoTime() - start;
        gateway = new Api(stack.gatewayUrl());

        String admin = token("e2e-admin", "ADMIN");
        JsonNode imported = gateway.post("/api/units/import", admin, territory()).require("import");
        assertThat(imported.path("features").asInt()).isEqualTo(7);
        gateway.put("/api/units/" + RURAL_GRID + "/staff/GRID_WORKER/" + RURAL_WORKER, admin,
                Map.of("displayName", "网格员 e2e", "workPhone", "0319-6000001")).require("rural worker");
        gateway.put("/api/units/" + URBAN_GRID + "/staff/GRID_WORKER/" + URBAN_WORKER, admin,
                Map.of("displayName", "网格员 e2e 城区", "workPhone", "0319-6000002")).require("urban worker");
        gateway.put("/api/units/" + RURAL_VILLAGE + "/staff/GRID_LEADER/" + LEADER, admin,
                Map.of("displayName", "网格长 e2e", "workPhone", "0319-6000003")).require("leader");
        assertThat(TerritoryReplica.awaitCaughtUp(stack.layout, Duration.ofMinutes(2)))
                .as("case-workflow has read the territory").isTrue();
    }

    @AfterAll
    static void stopTheStack() throws Exception {
        if (stack != null) {
            stack.close();
            System.out.printf("end-to-end: the stack was ready in %.1f s%n", startedIn / 1e9);
        }
    }

    @Test
    void aRuralCaseClimbsLevelByLevelIsHandledByItsDepartmentVerifiedClosedAndRated() throws Exception {
        String worker = token(RURAL_WORKER, "GRID_WORKER", RURAL_GRID);
        String leader = token(LEADER, "GRID_LEADER", RURAL_VILLAGE);
        String town = token("cc-" + RURAL_TOWN, "COMMAND_CENTRE", RURAL_TOWN);
        try (TopicWatcher topics = new TopicWatcher(stack.layout.kafkaBootstrap(), Topics.CASE_ESCALATED, Topics.CASE_DISPATCHED)) {

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

            if (notificationRuns) {
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                        assertThat(get("/api/notifications?size=100", worker).path("items").toString()).contains(id));
            }
        }
    }

    @Test
    void anUrbanGridsCaseGoesFlatToTheCounty() throws Exception {
        String worker = token(URBAN_WORKER, "GRID_WORKER", URBAN_GRID);
        try (TopicWatcher topics = new TopicWatcher(stack.layout.kafkaBootstrap(), Topics.CASE_ESCALATED)) {
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
                stack.layout.kafkaBootstrap()), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(CloudEventCodec.toRecord(Topics.CASE_FEEDBACK, caseId.toString(), event)).get();
        }
    }

    private static String token(String account, String role, String... scope) {
        return DemoData.token(account, role, scope);
    }

    /** A county with one rural town (village, grid) climbing level by level and one urban town going flat. */
    private static Map<String, Object> territory() {
        return Map.of("type", "FeatureCollection", "features", List.of(
                unit(COUNTY, "南和县", "COUNTY", "RURAL", "LEVEL_BY_LEVEL", 114.60, 36.90, 114.80, 37.10),
                unit(URBAN_TOWN, "和阳镇", "TOWN", "URBAN", "FLAT", 114.70, 36.90, 114.80, 37.10),
                unit(URBAN_COMMUNITY, "和阳镇第1社区", "VILLAGE", "URBAN", null, 114.70, 36.90, 114.80, 37.10),
                unit(URBAN_GRID, "和阳镇第1社区第1网格", "GRID", "URBAN", null, 114.70, 36.90, 114.80, 37.10),
                unit(RURAL_TOWN, "贾宋镇", "TOWN", "RURAL", null, 114.60, 36.90, 114.70, 37.10),
                unit(RURAL_VILLAGE, "贾宋第1村", "VILLAGE", "RURAL", null, 114.60, 36.90, 114.70, 37.10),
                unit(RURAL_GRID, "贾宋第1村第1网格", "GRID", "RURAL", null, 114.60, 36.90, 114.70, 37.10)));
    }

    private static Map<String, Object> unit(String code, String name, String level, String kind, String routingMode,
                                            double west, double south, double east, double north) {
        Map<String, Object> properties = new java.util.HashMap<>(Map.of("code", code, "name", name, "level", level,
                "kind", kind, "households", 100, "enterprises", 2));
        properties.put("routingMode", routingMode);
        return Map.of("type", "Feature", "properties", properties, "geometry", Map.of("type", "Polygon",
                "coordinates", List.of(List.of(List.of(west, south), List.of(east, south), List.of(east, north),
                        List.of(west, north), List.of(west, south)))));
    }
}
