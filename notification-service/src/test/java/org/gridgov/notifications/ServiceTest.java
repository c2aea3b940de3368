package org.gridgov.notifications;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;

import org.gridgov.runtime.units.UnitReplica;
import org.gridgov.testing.DevTokens;
import org.gridgov.testing.EventStreams;
import org.gridgov.testing.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

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

    @DynamicPropertySource
    static void localChannels(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", CHANNELS::smtpPort);
        registry.add("gridgov.notifications.sms.url", () -> CHANNELS.smsGateway.url(LocalChannels.SMS_PATH));
    }

    /** Nanhe county down to grid 130527100201001 with its staff, in this service's replica. */
    void givenNanheUnits() {
        EventStreams.replay(Path.of("src/test/resources/streams/nanhe-units.jsonl"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> units.staffOf(GRID, "GRID_WORKER").isPresent() && units.find(COUNTY).isPresent());
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
