package org.gridgov.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gridgov.devstack.JourneyStack.token;
import static org.gridgov.devstack.JourneyTerritory.ADMIN;
import static org.gridgov.devstack.JourneyTerritory.COUNTY;
import static org.gridgov.devstack.JourneyTerritory.RURAL_GRID;
import static org.gridgov.devstack.JourneyTerritory.RURAL_WORKER;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.gridgov.events.Topics;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The county's administrator: loads the census spreadsheet of a grid, reads in the access log who
 * looked at a person's data and why, and re-drives a dead letter once its cause is understood.
 */
class AdministratorJourneyIT extends Journey {

    @Test
    void theCensusOfAGridIsImportedAndEveryFullReadOfAPersonIsInTheAccessLog() throws Exception {
        String admin = token(ADMIN, "ADMIN");
        String worker = token(RURAL_WORKER, "GRID_WORKER", RURAL_GRID);
        String csv = "姓名,公民身份号码,性别,出生日期,网格编码,户编号,与户主关系,人员类别,特殊人群,风险等级\n"
                + "孙某某," + IdNumbers.of(LocalDate.of(1950, 5, 4), true) + ",男,1950-05-04," + RURAL_GRID
                + ",JS-0107,户主,户籍人口,空巢老人,低\n"
                + "周某某," + IdNumbers.of(LocalDate.of(1953, 8, 21), false) + ",女,1953-08-21," + RURAL_GRID
                + ",JS-0107,配偶,户籍人口,,\n";

        JsonNode report = upload("/api/census/imports?mode=ALL_OR_NOTHING", admin, "census.csv", csv);

        assertThat(report.path("written").asBoolean()).as(report.toString()).isTrue();
        assertThat(report.path("imported").asInt() + report.path("alreadyOnLedger").asInt()).isEqualTo(2);
        assertThat(report.path("specialGroupMemberships").asInt()).isLessThanOrEqualTo(1);

        JsonNode residents = stack.get("/api/residents?unit=" + RURAL_GRID + "&size=200", worker);
        String residentId = null;
        for (JsonNode resident : residents.isArray() ? residents : residents.path("items")) {
            if (resident.path("name").asString().startsWith("孙") && resident.path("sex").asString().equals("MALE")) {
                residentId = resident.path("id").asString();
            }
        }
        assertThat(residentId).as("the imported man on the grid's ledger: " + residents).isNotNull();
        stack.get("/api/residents/" + residentId + "?purpose=" + "CENSUS_VERIFICATION", admin);

        JsonNode log = stack.get("/api/access-log?subjectId=" + residentId, admin);
        assertThat(log.toString()).contains(ADMIN, "CENSUS_VERIFICATION");
    }

    @Test
    void aCorruptFeedbackRecordLandsInTheDeadLettersAndTheAdministratorRedrivesIt() throws Exception {
        String admin = token(ADMIN, "ADMIN");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrap()), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.CASE_FEEDBACK, UUID.randomUUID().toString(),
                    "not a cloud event".getBytes(StandardCharsets.UTF_8))).get();
        }

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(
                stack.get("/api/admin/deadletters/cases", admin).path(Topics.CASE_FEEDBACK + ".dlt").asLong()).isPositive());
        JsonNode redriven = stack.post("/api/admin/deadletters/cases/" + Topics.CASE_FEEDBACK, admin, null);

        assertThat(redriven.path("redriven").asInt()).isPositive();
        assertThat(stack.gateway().get("/api/admin/deadletters/cases", token("cc-e2e-county", "COMMAND_CENTRE", COUNTY))
                .status()).isEqualTo(403);
    }

    /** A multipart upload of one file, as a browser sends the census spreadsheet. */
    private static JsonNode upload(String path, String token, String filename, String content) throws Exception {
        String boundary = "----gridgov" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content.getBytes(StandardCharsets.UTF_8));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(stack.gateway().baseUrl() + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return JsonMapper.builder().build().readTree(response.body());
    }
}
