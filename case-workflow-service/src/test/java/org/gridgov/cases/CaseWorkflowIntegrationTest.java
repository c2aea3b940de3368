package org.gridgov.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.gridgov.runtime.units.UnitReplica;
import org.gridgov.testing.DevTokens;
import org.gridgov.testing.RealInfrastructure;
import org.gridgov.testing.StreamedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one configuration every integration test class of this service runs with: the real
 * PostgreSQL and Kafka of test-support, the generated county replayed into {@code grid.units}, and
 * a real HTTP server standing in for grid-registry's locate, and a clock the tests move.
 */
@RealInfrastructure
// Each class has a context (and a database) of its own; closing it after the class keeps its
// listeners from consuming the next classes' events on the shared broker.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gridgov.outbox.poll-interval=100ms",
        "gridgov.kafka.retry-attempts=2",
        "gridgov.kafka.retry-backoff=50ms",
        "gridgov.registry.timeout=300ms",
        // Reports without a caller are placed with the service's own token, signed as the dev stack signs it.
        "gridgov.service-credentials.signing-key=classpath:gridgov/dev-jwt-private.pem",
        "gridgov.registry.retry-wait=10ms",
        // Tests that take the registry down must not open the circuit for the tests after them.
        "gridgov.registry.sliding-window=1000",
        "logging.structured.format.console="})
@Import(CaseWorkflowIntegrationTest.TestClock.class)
public abstract class CaseWorkflowIntegrationTest {

    protected static final FakeRegistry REGISTRY = FakeRegistry.start();

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    protected int port;

    @Autowired
    protected UnitReplica units;

    @Autowired
    protected MutableClock clock;

    @Autowired
    private JdbcTemplate outbox;

    @DynamicPropertySource
    static void registry(DynamicPropertyRegistry properties) {
        properties.add("gridgov.registry.url", () -> REGISTRY.url().toString());
    }

    @BeforeEach
    void territoryLoaded() {
        NanheCounty.loadInto(units);
        REGISTRY.mode(FakeRegistry.Mode.ANSWER);
    }

    protected Api api() {
        return new Api(port);
    }

    protected static String token(String account, String role, String... scope) {
        return DevTokens.forAccount(account).roles(role).scope(scope).sign();
    }

    protected static String department(String account, String departmentCode) {
        return DevTokens.forAccount(account).roles("DEPARTMENT_HANDLER").department(departmentCode).sign();
    }

    protected static String admin() {
        return DevTokens.forAccount("admin-1").roles("ADMIN").sign();
    }

    /** A report body in a grid; tests add or override fields. */
    protected static Map<String, Object> reportIn(String gridCode, String category) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("category", category);
        report.put("description", "reported in a test");
        report.put("gridCode", gridCode);
        report.put("channel", "GRID_WORKER_APP");
        report.put("peopleInvolved", 1);
        report.put("riskFlag", false);
        return report;
    }

    /** Reports through REST and returns the new case id, checking it was created. */
    protected UUID report(String token, Map<String, Object> report) {
        Api.Response created = api().post("/api/cases", token, report);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return UUID.fromString(created.text("caseId"));
    }

    protected Api.Response act(String token, UUID caseId, String action, Map<String, ?> body) {
        return api().post("/api/cases/" + caseId + "/" + action, token, body);
    }

    protected Api.Response actOk(String token, UUID caseId, String action, Map<String, ?> body) {
        Api.Response response = act(token, caseId, action, body);
        assertThat(response.status()).as("%s: %s", action, response.body()).isEqualTo(200);
        return response;
    }

    /** Waits until the relay has published every event committed so far, so a second copy would be on the topic too. */
    protected void awaitPublished() {
        await().until(() -> outbox.queryForObject("select count(*) from gridgov_outbox where sent_at is null", Long.class) == 0);
    }

    /** Whether a recorded event is of this type and about this case. */
    protected static boolean isOf(StreamedEvent event, UUID caseId, String type) {
        return caseId.toString().equals(event.key()) && type.equals(event.event().getType());
    }

    /** A moment in Beijing time, where Nanhe's office hours are counted. */
    protected static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    /** Real time unless a test pins it. */
    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock();
        }
    }
}
