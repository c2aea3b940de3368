package org.gridgov.notifications;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.gridgov.runtime.units.UnitReplica;
import org.gridgov.testing.DevTokens;
import org.gridgov.testing.EventStreams;
import org.gridgov.testing.RealInfrastructure;
import org.gridgov.testing.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The service on real PostgreSQL and Kafka, sending to the local SMTP server, SMS gateway and
 * webhook receivers. Retries are fast here; quiet hours are empty so tests do not depend on the clock.
 * Each class's context is closed after it, so its listeners do not answer the next class's events.
 */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "logging.structured.format.console=",
        "gridgov.kafka.retry-attempts=2",
        "gridgov.kafka.retry-backoff=50ms",
        "gridgov.notifications.email.enabled=true",
        "spring.mail.host=localhost",
        "gridgov.notifications.sms.enabled=true",
        "gridgov.notifications.sms.username=gridgov",
        "gridgov.notifications.sms.password=sms-test-password",
        "gridgov.notifications.sms.quiet-start=00:00",
        "gridgov.notifications.sms.quiet-end=00:00",
        "gridgov.notifications.webhooks.allow-plain-http=true",
        "gridgov.notifications.webhooks.request-timeout=2s",
        "gridgov.notifications.delivery.poll-interval=100ms",
        "gridgov.notifications.delivery.initial-backoff=100ms",
        "gridgov.notifications.delivery.max-backoff=400ms",
        "gridgov.notifications.delivery.max-attempts=4"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class ServiceTest {

    static final String COUNTY = "130527";
    static final String TOWN = "130527100";
    static final String VILLAGE = "130527100201";
    static final String GRID = "130527100201001";

    static final LocalChannels CHANNELS = LocalChannels.get();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UnitReplica units;

    @Value("${spring.kafka.consumer.group-id}")
    String consumerGroup;

    @DynamicPropertySource
    static void localChannels(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", CHANNELS::smtpPort);
        registry.add("gridgov.notifications.sms.url", () -> CHANNELS.smsGateway.url(LocalChannels.SMS_PATH));
    }

    /** Nanhe county down to grid 130527100201001 with its staff, in this service's replica. */
    void givenNanheUnits() {
        EventStreams.replay(Path.of("src/test/resources/streams/nanhe-units.jsonl"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> units.staffOf(GRID, "GRID_WORKER").isPresent() && units.find(COUNTY).isPresent()
                        && units.staffOf(VILLAGE, "MEDIATOR").isPresent() && units.staffOf(TOWN, "MEDIATOR").isPresent());
    }

    /** The titles in an account's inbox, unread first then newest. */
    List<String> titlesOf(String accountId) {
        return titles(as(accountId, "GRID_LEADER", COUNTY).get("/api/notifications").body());
    }

    static List<String> titles(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).map(item -> item.get("title").asString()).toList();
    }

    static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(CHANNELS.smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(to -> to.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    static List<String> subjectsTo(String address) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : messagesTo(address)) {
            subjects.add(message.getSubject());
        }
        return subjects;
    }

    int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    /** The end offset of every partition of the topics. */
    static Map<TopicPartition, Long> endOffsets(List<String> topics) throws Exception {
        try (Admin admin = kafkaAdmin()) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            admin.describeTopics(topics).allTopicNames().get().forEach((topic, description) ->
                    description.partitions().forEach(partition ->
                            latest.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest())));
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((partition, info) -> ends.put(partition, info.offset()));
            return ends;
        }
    }

    /**
     * Whether this service's consumer group has committed past every record published to the topics
     * after {@code before}: a replayed stream has been read, whatever it changed or did not change.
     */
    boolean consumedBeyond(List<String> topics, Map<TopicPartition, Long> before) throws Exception {
        Map<TopicPartition, Long> now = endOffsets(topics);
        try (Admin admin = kafkaAdmin()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(consumerGroup)
                    .partitionsToOffsetAndMetadata().get();
            return now.entrySet().stream()
                    .filter(end -> end.getValue() > before.getOrDefault(end.getKey(), 0L))
                    .allMatch(end -> committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue());
        }
    }

    private static Admin kafkaAdmin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers()));
    }

    Api as(String accountId, String role, String... scope) {
        return new Api(port, DevTokens.forAccount(accountId).roles(role).scope(scope).sign());
    }

    Api admin() {
        return as("admin-1", "ADMIN");
    }

    Api handlerOf(String department) {
        return new Api(port, DevTokens.forAccount("handler-" + department).roles("DEPARTMENT_HANDLER")
                .department(department).sign());
    }
}
