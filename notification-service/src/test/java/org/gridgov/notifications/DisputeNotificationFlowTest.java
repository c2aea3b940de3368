package org.gridgov.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.Topics;
import org.gridgov.events.disputes.DisputeOpened;
import org.gridgov.testing.EventStreams;
import org.gridgov.testing.Recording;
import org.gridgov.testing.StreamedEvent;
import org.gridgov.testing.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two disputes in Dongsanzhao on Kafka, as dispute-mediation publishes them: a neighbours' quarrel
 * opened from a case at the village, its session moved, not agreed, escalated to the town, settled
 * there and reopened at the follow-up; a land dispute of thirty villagers opened at the town and
 * referred to arbitration. Mediators are invited, the holding unit hears of arrivals and outcomes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisputeNotificationFlowTest extends ServiceTest {

    private static final Path DISPUTE_STREAM = Path.of("src/test/resources/streams/nanhe-disputes.jsonl");
    private static final String QUARREL = "d15e0000-0000-4000-8000-000000000001";
    private static final String QUARREL_CASE = "5e1f0000-0000-4000-8000-0000000000a1";
    private static final String MEDIATOR_PHONE = "13900000201";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> DISPUTE_TOPICS = List.of(Topics.DISPUTE_EVENTS);

    @BeforeAll
    void givenTheDisputesOnKafka() {
        givenNanheUnits();
        admin().put("/api/contact-points/med-201",
                "{\"email\":\"med201@nanhe.example\",\"phone\":\"" + MEDIATOR_PHONE + "\",\"locale\":\"zh-CN\"}");
        // No e-mail: the SMTP server is shared with the other test classes, whose mailboxes must stay their own.
        admin().put("/api/contact-points/vl-201", "{\"locale\":\"en\"}");
        assertThat(townCentre().post("/api/subscriptions", "{\"unitCode\":\"" + TOWN + "\"}").status()).isEqualTo(201);

        EventStreams.replay(DISPUTE_STREAM);

        // Quarrel: opened 3, two invitations 1 + 1, held 1, escalated 3, town invitation 1, held 1, settled 2,
        // followed up 2. Land dispute: opened 3, referred 2.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(count("select count(*) from notification")).isEqualTo(20);
            assertThat(jdbc.queryForList("select channel || ' ' || status from delivery where status <> 'SENT'")).isEmpty();
        });
    }

    @Test
    void villageMediatorIsInvitedAndToldOfTheMoveInTheInboxBySmsAndByMail() throws Exception {
        List<String> texts = CHANNELS.smsGateway.acceptedBy(LocalChannels.SMS_PATH).stream()
                .filter(request -> request.text().contains(MEDIATOR_PHONE))
                .map(request -> JSON.readTree(request.text()).get("text").asString()).toList();

        assertThat(titlesOf("med-201")).containsExactlyInAnyOrder("新受理纠纷：邻里纠纷（东三召村）", "调解会邀请：邻里纠纷",
                "调解会改期：邻里纠纷");
        assertThat(texts).containsExactlyInAnyOrder("【网格治理】调解会：请于2026-11-22 09:30到东三召村主持一件邻里纠纷的调解，详见工作台。",
                "【网格治理】调解会改期：请于2026-11-23 14:00到东三召村主持一件邻里纠纷的调解，详见工作台。");
        assertThat(subjectsTo("med201@nanhe.example")).containsExactlyInAnyOrder("新受理纠纷：邻里纠纷（东三召村）",
                "调解会邀请：邻里纠纷", "调解会改期：邻里纠纷");
    }

    @Test
    void townHearsOfTheArrivalItsOutcomesAndTheReopeningVillageOnlyOfWhatHappenedThere() {
        assertThat(titlesOf("tl-100")).containsExactlyInAnyOrder("纠纷上报至乡镇（街道）：邻里纠纷", "调解结果：达成协议（邻里纠纷）",
                "调解成功：邻里纠纷", "协议回访：未履行（邻里纠纷）", "新受理纠纷：土地纠纷（和阳镇）", "纠纷转入仲裁：土地纠纷");
        assertThat(titlesOf("med-100")).containsExactlyInAnyOrder("纠纷上报至乡镇（街道）：邻里纠纷", "调解会邀请：邻里纠纷",
                "协议回访：未履行（邻里纠纷）", "新受理纠纷：土地纠纷（和阳镇）");
        assertThat(titlesOf("vl-201")).containsExactlyInAnyOrder("New dispute: neighbours' dispute (东三召村)",
                "Mediation not agreed: neighbours' dispute");
        assertThat(titlesOf("centre-town")).containsExactlyInAnyOrder("新受理纠纷：邻里纠纷（东三召村）",
                "纠纷上报至乡镇（街道）：邻里纠纷", "调解成功：邻里纠纷", "新受理纠纷：土地纠纷（和阳镇）", "纠纷转入仲裁：土地纠纷");
    }

    @Test
    void disputeNotificationsLinkToTheDisputeAndNameTheCaseItCameFrom() {
        JsonNode item = followUpOf("tl-100");

        assertThat(item.get("disputeId").asString()).isEqualTo(QUARREL);
        assertThat(item.get("caseId").asString()).isEqualTo(QUARREL_CASE);
        assertThat(item.get("link").asString()).endsWith("/disputes/" + QUARREL);
        assertThat(item.get("body").asString()).contains("纠纷已重新启动调解");
    }

    @Test
    void partiesAreNeverAddressedAndReasonsNeverWritten() {
        assertThat(jdbc.queryForList("select distinct recipient_id from notification", String.class))
                .containsExactlyInAnyOrder("med-201", "med-100", "vl-201", "tl-100", "centre-town");
        assertThat(count("select count(*) from delivery where body like '%分歧%' or body like '%仲裁认定%'")).isZero();
        assertThat(count("select count(*) from notification where body like '%9a770000%'")).isZero();
    }

    @Test
    void redeliveredStreamNotifiesNobodyTwiceAndMovesNoSessionAgain() throws Exception {
        int notifications = count("select count(*) from notification");
        int deliveries = count("select count(*) from delivery");
        Map<TopicPartition, Long> ends = endOffsets(DISPUTE_TOPICS);

        EventStreams.replay(DISPUTE_STREAM);

        await().atMost(Duration.ofSeconds(30)).until(() -> consumedBeyond(DISPUTE_TOPICS, ends));
        assertThat(count("select count(*) from notification")).isEqualTo(notifications);
        assertThat(count("select count(*) from delivery")).isEqualTo(deliveries);
        assertThat(jdbc.queryForObject("select array_to_string(mediator_ids, ',') from known_dispute where dispute_id = ?::uuid",
                String.class, QUARREL)).isEqualTo("med-100");
    }

    @Test
    void unreadableRecordIsParkedInTheDeadLetterTopicAndTheDisputeBehindItIsStillRead() throws Exception {
        UUID dispute = UUID.fromString("d15e0000-0000-4000-8000-0000000000ff");
        Instant opened = Instant.parse("2026-11-27T02:00:00Z");
        // Opened at the county, whose staff has no leader or mediator: it notifies nobody in this test.
        StreamedEvent readable = new StreamedEvent(Topics.DISPUTE_EVENTS, dispute.toString(), CloudEventCodec.toCloudEvent(
                UUID.randomUUID().toString(), URI.create("/gridgov/dispute-mediation"), dispute.toString(), opened,
                new DisputeOpened(dispute, "CONSUMER", GRID, COUNTY, "COUNTY", null, "LOW", List.of(), 1, null, "WALK_IN",
                        null, opened.plus(Duration.ofDays(45)), opened)));

        try (Recording deadLetters = EventStreams.record(Topics.named(Topics.DISPUTE_EVENTS).deadLetterName());
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers()),
                     new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.DISPUTE_EVENTS, dispute.toString(),
                    "not a cloud event".getBytes(StandardCharsets.UTF_8))).get();
            producer.send(readable.toProducerRecord()).get();

            await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.unreadable().size() == 1);
        }
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("select count(*) from known_dispute where dispute_id = '" + dispute + "'") == 1);
    }

    private JsonNode followUpOf(String accountId) {
        for (JsonNode item : as(accountId, "GRID_LEADER", TOWN).get("/api/notifications").body().get("items")) {
            if (item.get("title").asString().startsWith("协议回访")) {
                return item;
            }
        }
        throw new AssertionError(accountId + " heard of no follow-up");
    }

    private Api townCentre() {
        return as("centre-town", "COMMAND_CENTRE", TOWN);
    }
}
