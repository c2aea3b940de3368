package org.gridgov.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.Topics;
import org.gridgov.events.cases.CaseDispatched;
import org.gridgov.testing.ApiAllowLists;
import org.gridgov.testing.EventStreams;
import org.gridgov.testing.StreamedEvent;
import org.gridgov.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Departments' receivers that fail: retried with backoff, given up after the limit, redelivered by hand. */
class WebhookDeliveryTest extends ServiceTest {

    @Test
    void everyEndpointNamesTheRolesThatMayCallIt() {
        Map<String, List<String>> roles = ApiAllowLists.read(port);

        assertThat(roles.get("POST /api/webhooks")).containsExactly("DEPARTMENT_HANDLER", "ADMIN");
        assertThat(roles.get("GET /api/contact-points/{accountId}")).containsExactly("ADMIN");
        assertThat(roles).allSatisfy((operation, names) -> assertThat(names).as(operation).doesNotContain("ANONYMOUS", "SERVICE"));
    }

    @Test
    void aGridWorkerRegistersNoWebhookAndIsRefusedBeforeItsBodyIsRead() {
        Api.Answer refused = as("gw-1", "GRID_WORKER", "130527100201001").post("/api/webhooks", "{\"url\": 7}");

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void receiverThatFailsForAWhileThenRecoversGetsEveryDeliveryExactlyOnce() {
        String endpoint = register("TRANSPORT", "/hooks/transport");
        CHANNELS.departments.fail("/hooks/transport", 3);

        publish(IntStream.range(0, 3).mapToObj(i -> dispatchedTo("TRANSPORT")).toList());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(statuses(log("TRANSPORT", endpoint)))
                .containsExactly("SENT", "SENT", "SENT"));
        List<RecordingHttpServer.Request> accepted = CHANNELS.departments.acceptedBy("/hooks/transport");
        assertThat(accepted).hasSize(3);
        assertThat(accepted).extracting(request -> request.header("GridGov-Delivery")).doesNotHaveDuplicates();
        assertThat(CHANNELS.departments.requestsTo("/hooks/transport")).hasSize(6);
        assertThat(StreamSupport.stream(log("TRANSPORT", endpoint).spliterator(), false)
                .mapToInt(delivery -> delivery.get("attempts").asInt()).sum()).isEqualTo(6);
    }

    @Test
    void receiverThatStaysDownIsGivenUpAndAnAdministratorRedeliversOnceItIsBack() {
        String endpoint = register("ENV_PROTECTION", "/hooks/env");
        CHANNELS.departments.fail("/hooks/env", Integer.MAX_VALUE);

        publish(List.of(dispatchedTo("ENV_PROTECTION")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(statuses(log("ENV_PROTECTION", endpoint)))
                .containsExactly("FAILED"));
        JsonNode failed = admin().get("/api/webhooks/deliveries?status=FAILED").body();
        JsonNode given = StreamSupport.stream(failed.spliterator(), false)
                .filter(delivery -> delivery.get("endpointId").asString().equals(endpoint)).findFirst().orElseThrow();
        assertThat(given.get("attempts").asInt()).isEqualTo(4);
        assertThat(given.get("lastError").asString()).isEqualTo("HTTP 503");
        String deliveryId = given.get("id").asString();
        assertThat(handlerOf("TRANSPORT").get("/api/webhooks/deliveries?status=FAILED").body().toString())
                .doesNotContain(deliveryId);
        assertThat(handlerOf("TRANSPORT").post("/api/webhooks/deliveries/" + deliveryId + "/redeliver", null).status())
                .isEqualTo(404);

        CHANNELS.departments.recover("/hooks/env");
        Api.Answer redelivered = admin().post("/api/webhooks/deliveries/" + deliveryId + "/redeliver", null);

        assertThat(redelivered.status()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() -> CHANNELS.departments.acceptedBy("/hooks/env").size() == 1);
        await().untilAsserted(() -> assertThat(statuses(log("ENV_PROTECTION", endpoint))).containsExactly("SENT"));
        assertThat(admin().post("/api/webhooks/deliveries/" + deliveryId + "/redeliver", null).status()).isEqualTo(202);
    }

    @Test
    void departmentsManageOnlyTheirOwnEndpointsOverHttpsOrInDevelopment() {
        String body = "{\"departmentCode\":\"URBAN_MGMT\",\"url\":\"https://urban.example/hooks\"}";

        assertThat(handlerOf("TRANSPORT").post("/api/webhooks", body).status()).isEqualTo(403);
        assertThat(as("gw-1", "GRID_WORKER", GRID).post("/api/webhooks", body).status()).isEqualTo(403);
        assertThat(handlerOf("TRANSPORT").get("/api/webhooks?departmentCode=URBAN_MGMT").status()).isEqualTo(403);
        Api.Answer invalid = handlerOf("URBAN_MGMT").post("/api/webhooks",
                "{\"departmentCode\":\"URBAN_MGMT\",\"url\":\"ftp://urban.example\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().get("errors").get(0).get("field").asString()).isEqualTo("url");
        Api.Answer own = handlerOf("URBAN_MGMT").post("/api/webhooks", body);
        assertThat(own.status()).isEqualTo(201);
        assertThat(own.body().get("secret").asString()).startsWith("whsec_");
        assertThat(handlerOf("URBAN_MGMT").get("/api/webhooks").body().toString())
                .contains("https://urban.example/hooks").doesNotContain("whsec_");
    }

    private String register(String department, String path) {
        Api.Answer registered = handlerOf(department).post("/api/webhooks",
                "{\"departmentCode\":\"" + department + "\",\"url\":\"" + CHANNELS.departments.url(path) + "\"}");
        assertThat(registered.status()).isEqualTo(201);
        return registered.body().get("endpoint").get("id").asString();
    }

    private JsonNode log(String department, String endpoint) {
        return handlerOf(department).get("/api/webhooks/" + endpoint + "/deliveries").body();
    }

    private static List<String> statuses(JsonNode log) {
        return StreamSupport.stream(log.spliterator(), false).map(delivery -> delivery.get("status").asString()).toList();
    }

    private static void publish(List<StreamedEvent> events) {
        EventStreams.replay(TestInfrastructure.get().kafkaBootstrapServers(), events);
    }

    private static StreamedEvent dispatchedTo(String department) {
        UUID caseId = UUID.randomUUID();
        CaseDispatched dispatched = new CaseDispatched(caseId, VILLAGE, "VILLAGE", department, "ROAD_DAMAGE", null,
                Instant.parse("2026-11-25T01:00:00Z"), Instant.now());
        return new StreamedEvent(Topics.CASE_DISPATCHED, department, CloudEventCodec.toCloudEvent(
                UUID.randomUUID().toString(), URI.create("/gridgov/case-workflow"), caseId.toString(),
                dispatched.dispatchedAt(), dispatched));
    }
}
