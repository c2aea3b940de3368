package org.gridgov.runtime.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.cloudevents.CloudEvent;
import org.gridgov.events.EventSchemas;
import org.gridgov.events.Topics;
import org.gridgov.events.cases.CaseFiled;
import org.gridgov.testing.DevTokens;
import org.gridgov.testing.EventStreams;
import org.gridgov.testing.RealInfrastructure;
import org.gridgov.testing.Recording;
import org.gridgov.testing.StreamedEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OutboxDeliveryTest {

    private static final String GRID = "130527100201001";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void caseSavedWithItsEventReachesKafkaAsAValidCloudEvent() {
        String token = DevTokens.forAccount("worker-1").roles("GRID_WORKER").scope(GRID).sign();

        try (Recording recording = EventStreams.record(Topics.CASE_EVENTS)) {
            Http.Response response = new Http(port).post("/api/sample/cases", token,
                    "{\"unitCode\":\"" + GRID + "\",\"category\":\"ENV_GARBAGE\"}");
            String caseId = response.body().get("caseId").asString();

            StreamedEvent delivered = recording.await(event -> caseId.equals(event.key()));
            CloudEvent event = delivered.event();
            assertThat(response.status()).isEqualTo(201);
            assertThat(event.getType()).isEqualTo("org.gridgov.case.filed.v1");
            assertThat(event.getSource()).hasToString("/gridgov/sample-service");
            assertThat(event.getSubject()).isEqualTo(caseId);
            assertThat(event.getDataSchema()).hasToString("https://schemas.gridgov.org/case/filed.v1.json");
            assertThat(event.getDataContentType()).isEqualTo("application/json");
            assertThat(EventSchemas.problems(event.getType(), event.getData().toBytes())).isEmpty();
            assertThat(delivered.data(CaseFiled.class).caseId()).isEqualTo(UUID.fromString(caseId));
        }
    }

    @Test
    void refusedRequestWritesNeitherStateNorEvent() {
        String token = DevTokens.forAccount("worker-1").roles("GRID_WORKER").scope(GRID).sign();
        int casesBefore = count("sample_case");
        int eventsBefore = count("gridgov_outbox");

        Http.Response response = new Http(port).post("/api/sample/cases", token,
                "{\"unitCode\":\"13-05\",\"category\":\"\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("errors").toString())
                .contains("\"field\":\"category\"", "\"field\":\"unitCode\"", "must be a unit code of 6 to 21 digits");
        assertThat(count("sample_case")).isEqualTo(casesBefore);
        assertThat(count("gridgov_outbox")).isEqualTo(eventsBefore);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
