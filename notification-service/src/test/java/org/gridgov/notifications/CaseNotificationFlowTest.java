package org.gridgov.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.common.TopicPartition;
import org.gridgov.events.Topics;
import org.gridgov.notifications.webhook.WebhookSignature;
import org.gridgov.testing.EventStreams;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One garbage case goes round the loop on Kafka (filed, assigned, escalated to the village,
 * dispatched to urban management, overdue); everyone the rules name hears of it on their channels.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseNotificationFlowTest extends ServiceTest {

    private static final Path CASE_STREAM = Path.of("src/test/resources/streams/nanhe-garbage-case.jsonl");
    private static final String CASE = "5e1f0000-0000-4000-8000-000000000001";
    private static final String HOOK = "/hooks/urban-mgmt";
    private static final String GW1_PHONE = "13800000001";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> CASE_TOPICS = List.of(Topics.CASE_EVENTS, Topics.CASE_ESCALATED, Topics.CASE_DISPATCHED);

    private String urbanManagementSecret;
    private LiveStream townCentreStream;

    @BeforeAll
    void givenTheCaseLoopOnKafka() {
        givenNanheUnits();
        admin().put("/api/contact-points/gw-1",
                "{\"email\":\"gw1@nanhe.example\",\"phone\":\"" + GW1_PHONE + "\",\"locale\":\"zh-CN\"}");
        admin().put("/api/contact-points/vl-201", "{\"email\":\"vl201@nanhe.example\",\"locale\":\"en\"}");
        Api townCentre = townCentre();
        townCentre.put("/api/contact-points/me", "{\"email\":\"centre@heyang.example\"}");
        assertThat(townCentre.post("/api/subscriptions", "{\"unitCode\":\"" + TOWN + "\"}").status()).isEqualTo(201);
        Api.Answer registered = handlerOf("URBAN_MGMT").post("/api/webhooks",
                "{\"departmentCode\":\"URBAN_MGMT\",\"url\":\"" + CHANNELS.departments.url(HOOK) + "\"}");
        assertThat(registered.status()).isEqualTo(201);
        urbanManagementSecret = registered.body().get("secret").asString();
        townCentreStream = LiveStream.open(townCentre);
        await().until(townCentreStream::isOpen);

        EventStreams.replay(CASE_STREAM);

        // Filed: 1, assigned: 1, escalated: 2, dispatched: 2 (one of them the department), overdue: 6.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(count("select count(*) from notification")).isEqualTo(12);
            assertThat(jdbc.queryForList("select channel || ' ' || status from delivery where status <> 'SENT'")).isEmpty();
        });
    }

    @Test
    void gridWorkerFindsTheAssignmentAndTheRedLightInTheInboxUnreadFirst() {
        Api gridWorker = as("gw-1", "GRID_WORKER", GRID);
        JsonNode before = gridWorker.get("/api/notifications").body();
        String assignedId = before.get("items").get(1).get("id").asString();

        assertThat(gridWorker.post("/api/notifications/" + assignedId + "/read", null).status()).isEqualTo(204);
        JsonNode after = gridWorker.get("/api/notifications").body();

        assertThat(before.get("total").asInt()).isEqualTo(2);
        assertThat(titles(before)).containsExactly("红灯超时：垃圾清运", "新派案件：垃圾清运");
        assertThat(after.get("unread").asInt()).isEqualTo(1);
        JsonNode redLight = after.get("items").get(0);
        assertThat(redLight.get("urgent").asBoolean()).isTrue();
        assertThat(redLight.get("link").asString()).endsWith("/cases/" + CASE);
        assertThat(redLight.get("deliveries").toString())
                .contains("\"channel\":\"EMAIL\",\"status\":\"SENT\"", "\"channel\":\"SMS\",\"status\":\"SENT\"",
                        "\"channel\":\"INBOX\",\"status\":\"SENT\"");
        assertThat(after.get("items").get(1).get("readAt").isNull()).isFalse();
    }

    @Test
    void townCommandCentreFollowingItsTownHearsOfEveryStepAlsoLive() {
        JsonNode inbox = townCentre().get("/api/notifications").body();

        assertThat(titles(inbox)).containsExactlyInAnyOrder("新立案：垃圾清运（东三召村第一网格）", "案件上报至村（社区）：垃圾清运",
                "派遣案件：垃圾清运", "红灯超时：垃圾清运");
        await().untilAsserted(() -> assertThat(townCentreStream.notificationIds())
                .containsExactlyInAnyOrderElementsOf(StreamSupport.stream(inbox.get("items").spliterator(), false)
                        .map(item -> item.get("id").asString()).toList()));
    }

    @Test
    void leadersUpTheTreeAndTheCountySupervisorAreToldOfTheRedLight() {
        assertThat(titlesOf("vl-201")).containsExactlyInAnyOrder("Red light: garbage collection",
                "Case escalated to village: garbage collection");
        assertThat(titlesOf("tl-100")).containsExactly("红灯超时：垃圾清运");
        assertThat(titlesOf("sup-county")).containsExactly("红灯超时：垃圾清运");
        assertThat(titlesOf("gl-1")).isEmpty();
    }

    @Test
    void everyoneWithAnAddressGetsMailInTheirOwnLanguage() throws Exception {
        assertThat(subjectsTo("vl201@nanhe.example")).containsExactlyInAnyOrder(
                "Case escalated to village: garbage collection", "[Red light] 东三召村 · garbage collection");
        assertThat(subjectsTo("gw1@nanhe.example")).containsExactly("【红灯超时】东三召村 · 垃圾清运");
        assertThat(subjectsTo("centre@heyang.example")).containsExactlyInAnyOrder("案件上报至村（社区）：垃圾清运",
                "【红灯超时】东三召村 · 垃圾清运");
        MimeMessage redLight = messagesTo("gw1@nanhe.example").getFirst();
        assertThat(redLight.getContent().toString()).contains("/cases/" + CASE).doesNotContain(GW1_PHONE);
    }

    @Test
    void gridWorkerGetsTextMessagesThroughTheGatewayWithItsCredentials() {
        List<RecordingHttpServer.Request> texts = CHANNELS.smsGateway.acceptedBy(LocalChannels.SMS_PATH).stream()
                .filter(request -> request.text().contains(GW1_PHONE)).toList();

        assertThat(texts).hasSize(2);
        assertThat(texts).allSatisfy(request -> assertThat(request.header("Authorization")).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString("gridgov:sms-test-password".getBytes(StandardCharsets.UTF_8))));
        assertThat(texts).extracting(request -> JSON.readTree(request.text()).get("text").asString())
                .containsExactlyInAnyOrder("【网格治理】东三召村第一网格有一件垃圾清运案件交由您处置，时限2026-11-21 09:00，详见工作台。",
                        "【网格治理】红灯：东三召村的一件垃圾清运案件已超时，请立即督促办理。");
    }

    @Test
    void departmentSystemReceivesTheDispatchAndTheRedLightSigned() {
        List<RecordingHttpServer.Request> deliveries = CHANNELS.departments.acceptedBy(HOOK);

        assertThat(deliveries).hasSize(2);
        assertThat(deliveries).allSatisfy(request -> assertThat(WebhookSignature.verify(urbanManagementSecret,
                request.header(WebhookSignature.HEADER), request.body(), Instant.now(), Duration.ofMinutes(5))).isTrue());
        assertThat(deliveries).extracting(request -> JSON.readTree(request.text()).get("eventType").asString())
                .containsExactlyInAnyOrder("org.gridgov.case.dispatched.v1", "org.gridgov.case.overdue.v1");
        JsonNode dispatched = JSON.readTree(deliveries.stream().filter(request -> request.text().contains("dispatched.v1"))
                .findFirst().orElseThrow().text());
        assertThat(dispatched.get("data").get("instructions").asString()).isEqualTo("clear the dump site");
        assertThat(dispatched.get("departmentCode").asString()).isEqualTo("URBAN_MGMT");
        assertThat(deliveries).extracting(request -> request.header("GridGov-Delivery")).doesNotHaveDuplicates();
    }

    @Test
    void redeliveredStreamNotifiesNobodyTwice() throws Exception {
        int notifications = count("select count(*) from notification");
        int deliveries = count("select count(*) from delivery");
        Map<TopicPartition, Long> ends = endOffsets(CASE_TOPICS);

        EventStreams.replay(CASE_STREAM);

        await().atMost(Duration.ofSeconds(30)).until(() -> consumedBeyond(CASE_TOPICS, ends));
        assertThat(count("select count(*) from notification")).isEqualTo(notifications);
        assertThat(count("select count(*) from delivery")).isEqualTo(deliveries);
        assertThat(CHANNELS.departments.acceptedBy(HOOK)).hasSize(2);
    }

    @Test
    void inboxIsPrivateAndContactPointsComeBackMasked() {
        Api gridWorker = as("gw-1", "GRID_WORKER", GRID);
        String centreItem = townCentre().get("/api/notifications").body().get("items").get(0).get("id").asString();

        assertThat(gridWorker.get("/api/notifications/" + centreItem).status()).isEqualTo(404);
        assertThat(gridWorker.post("/api/notifications/" + centreItem + "/read", null).status()).isEqualTo(404);
        JsonNode contact = admin().get("/api/contact-points/gw-1").body();
        assertThat(contact.get("phone").asString()).isEqualTo("138****0001");
        assertThat(contact.get("email").asString()).isEqualTo("g***@nanhe.example");
        assertThat(gridWorker.get("/api/contact-points/vl-201").status()).isEqualTo(403);
    }

    private Api townCentre() {
        return as("centre-town", "COMMAND_CENTRE", TOWN);
    }
}
