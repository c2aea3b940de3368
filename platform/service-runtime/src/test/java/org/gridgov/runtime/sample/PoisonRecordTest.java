package org.gridgov.runtime.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.gridgov.events.Topics;
import org.gridgov.testing.DevTokens;
import org.gridgov.testing.EventStreams;
import org.gridgov.testing.RealInfrastructure;
import org.gridgov.testing.Recording;
import org.gridgov.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PoisonRecordTest {

    @LocalServerPort
    int port;

    @Autowired
    SampleCaseService cases;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void poisonRecordGoesToTheDeadLetterTopicAndTheRecordsBehindItAreProcessed() throws Exception {
        UUID caseId = cases.file(new FileRequest("130527100201003", "ENV_GARBAGE"));

        try (Recording deadLetters = EventStreams.record(Topics.CASE_FEEDBACK + ".dlt")) {
            // Same key, so same partition: the valid record waits behind the poison one.
            send(new ProducerRecord<>(Topics.CASE_FEEDBACK, caseId.toString(),
                    "not a cloud event".getBytes(StandardCharsets.UTF_8)));
            EventStreams.replay(TestInfrastructure.get().kafkaBootstrapServers(),
                    List.of(SampleEvents.feedback(caseId, "RESOLVED")));

            await().until(() -> jdbc.queryForObject("select feedback_count from sample_case where id = ?",
                    Integer.class, caseId) == 1);
            await().until(() -> !deadLetters.unreadable().isEmpty());
            ConsumerRecord<String, byte[]> parked = deadLetters.unreadable().getFirst();
            assertThat(parked.key()).isEqualTo(caseId.toString());
            assertThat(new String(parked.value(), StandardCharsets.UTF_8)).isEqualTo("not a cloud event");
            assertThat(new String(parked.headers().lastHeader("kafka_dlt-exception-fqcn").value(), StandardCharsets.UTF_8))
                    .contains("ListenerExecutionFailedException");
            assertThat(new String(parked.headers().lastHeader("kafka_dlt-exception-cause-fqcn").value(), StandardCharsets.UTF_8))
                    .contains("InvalidEventException");
            assertThat(new String(parked.headers().lastHeader("kafka_dlt-original-topic").value(), StandardCharsets.UTF_8))
                    .isEqualTo(Topics.CASE_FEEDBACK);
        }
    }

    @Test
    void feedbackThatArrivedBeforeItsCaseIsRedrivenFromTheDeadLetterTopicOnceTheCaseExists() {
        UUID caseId = UUID.randomUUID();
        String admin = DevTokens.forAccount("operator-1").roles("ADMIN").sign();

        try (Recording deadLetters = EventStreams.record(Topics.CASE_FEEDBACK + ".dlt")) {
            EventStreams.replay(TestInfrastructure.get().kafkaBootstrapServers(),
                    List.of(SampleEvents.feedback(caseId, "RESOLVED")));
            deadLetters.await(event -> caseId.toString().equals(event.key()));
        }
        jdbc.update("insert into sample_case (id, unit_code, category, feedback_count) values (?, ?, ?, 0)",
                caseId, "130527100201003", "ENV_GARBAGE");
        Http.Response redriven = new Http(port).post("/actuator/deadletters/" + Topics.CASE_FEEDBACK, admin, "");

        assertThat(redriven.status()).isEqualTo(200);
        assertThat(redriven.body().get("redriven").asInt()).isPositive();
        await().until(() -> jdbc.queryForObject("select feedback_count from sample_case where id = ?",
                Integer.class, caseId) == 1);
        assertThat(new Http(port).post("/actuator/deadletters/" + Topics.CASE_FEEDBACK,
                DevTokens.forAccount("worker-1").roles("GRID_WORKER").sign(), "").status()).isEqualTo(403);
    }

    private static void send(ProducerRecord<String, byte[]> record) throws Exception {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(record).get();
        }
    }
}
