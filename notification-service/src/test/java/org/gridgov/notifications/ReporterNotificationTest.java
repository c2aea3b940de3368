package org.gridgov.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.Topics;
import org.gridgov.events.cases.CaseClosed;
import org.gridgov.events.cases.CaseReopened;
import org.gridgov.testing.EventStreams;
import org.gridgov.testing.StreamedEvent;
import org.gridgov.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The resident hears of the close of their case at the contact they left, which this service asks
 * case-workflow for, with its own token, only when the message is sent, and never keeps.
 */
class ReporterNotificationTest extends ServiceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ContactsOfCaseWorkflow CASE_WORKFLOW = new ContactsOfCaseWorkflow();

    private static final String PHONE = "138 0013 7700";
    private static final String EMAIL = "li.resident@mail.example";

    @DynamicPropertySource
    static void caseWorkflow(DynamicPropertyRegistry registry) {
        registry.add("gridgov.cases.url", CASE_WORKFLOW::url);
        // This service's own token, signed as the development stack signs it.
        registry.add("gridgov.service-credentials.signing-key", () -> "classpath:gridgov/dev-jwt-private.pem");
        registry.add("gridgov.notifications.templates.tracking-url", () -> "https://gridgov.example/track");
        // Long enough for an outage the test ends by hand.
        registry.add("gridgov.notifications.delivery.max-attempts", () -> "20");
    }

    @Test
    void residentWhoLeftAPhoneNumberGetsATextWithTheirTrackingCodeAndNoMail() {
        givenNanheUnits();
        UUID caseId = UUID.randomUUID();
        CASE_WORKFLOW.reporterOf(caseId, PHONE, "7K3M9QZT2A");

        publish(caseId, closed(caseId));

        String text = await().atMost(Duration.ofSeconds(30)).until(() -> textsTo("13800137700"), texts -> !texts.isEmpty())
                .getFirst();
        assertThat(text).contains("7K3M9QZT2A", "https://gridgov.example/track/7K3M9QZT2A", "垃圾清运");
        await().atMost(Duration.ofSeconds(30)).until(() -> statusesOf(caseId), statuses -> statuses.equals(
                Map.of("SMS", "SENT", "EMAIL", "SKIPPED")));
        assertThat(CASE_WORKFLOW.callersOf(caseId)).isNotEmpty().allSatisfy(jwt -> {
            assertThat(jwt.getClaimAsStringList("roles")).containsExactly("SERVICE");
            assertThat(jwt.getSubject()).isEqualTo("service:notification");
        });
        assertNothingKept(caseId, PHONE, "13800137700", "7K3M9QZT2A");
    }

    @Test
    void residentWhoLeftAnAddressGetsMailAndIsToldAgainWhenTheCaseReopens() throws Exception {
        givenNanheUnits();
        UUID caseId = UUID.randomUUID();
        CASE_WORKFLOW.reporterOf(caseId, EMAIL, "4F8H2KX9MB");

        publish(caseId, closed(caseId), reopened(caseId));

        await().atMost(Duration.ofSeconds(30)).until(() -> messagesTo(EMAIL).size() == 2);
        assertThat(subjectsTo(EMAIL)).containsExactlyInAnyOrder("您反映的问题已办结（查询码 4F8H2KX9MB）",
                "您反映的问题正在重新办理（查询码 4F8H2KX9MB）");
        MimeMessage closedMail = messagesTo(EMAIL).stream().filter(message -> subject(message).contains("已办结"))
                .findFirst().orElseThrow();
        assertThat(closedMail.getContent().toString()).contains("https://gridgov.example/track/4F8H2KX9MB");
        assertThat(textsTo(EMAIL)).isEmpty();
        assertNothingKept(caseId, EMAIL, "4F8H2KX9MB");
    }

    @Test
    void residentWhoLeftNoContactIsNotInventedOneAndNothingFails() {
        givenNanheUnits();
        UUID caseId = UUID.randomUUID();

        publish(caseId, closed(caseId));

        await().atMost(Duration.ofSeconds(30)).until(() -> statusesOf(caseId), statuses -> statuses.equals(
                Map.of("SMS", "SKIPPED", "EMAIL", "SKIPPED")));
        assertThat(jdbc.queryForList("select last_error from delivery d join notification n on n.id = d.notification_id "
                + "where n.case_id = ?", String.class, caseId)).containsOnly("the reporter left no contact");
    }

    @Test
    void caseWorkflowDownForAWhileDelaysTheTextUntilItAnswers() {
        givenNanheUnits();
        UUID caseId = UUID.randomUUID();
        CASE_WORKFLOW.reporterOf(caseId, "+86 139-0013-8800", "9Q2W7E4R1T");
        CASE_WORKFLOW.down(caseId);

        publish(caseId, closed(caseId));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList("select d.last_error from delivery d "
                + "join notification n on n.id = d.notification_id where n.case_id = ? and d.channel = 'SMS' "
                + "and d.status = 'PENDING'", String.class, caseId), errors -> errors.contains("HTTP 503"));
        CASE_WORKFLOW.up(caseId);

        await().atMost(Duration.ofSeconds(30)).until(() -> statusesOf(caseId).get("SMS"), "SENT"::equals);
        assertThat(textsTo("+8613900138800")).hasSize(1);
        Integer attempts = jdbc.queryForObject("select d.attempts from delivery d join notification n "
                + "on n.id = d.notification_id where n.case_id = ? and d.channel = 'SMS'", Integer.class, caseId);
        assertThat(attempts).isGreaterThanOrEqualTo(2);
        assertNothingKept(caseId, "139-0013-8800", "13900138800");
    }

    private void assertNothingKept(UUID caseId, String... secrets) {
        String stored = jdbc.queryForList("select * from notification where case_id = ?", caseId).toString()
                + jdbc.queryForList("select d.* from delivery d join notification n on n.id = d.notification_id "
                + "where n.case_id = ?", caseId);
        assertThat(stored).contains("REPORTER").doesNotContain(secrets);
    }

    private Map<String, String> statusesOf(UUID caseId) {
        Map<String, String> statuses = new ConcurrentHashMap<>();
        jdbc.query("""
                select d.channel, d.status from delivery d join notification n on n.id = d.notification_id
                where n.case_id = ? and n.recipient_kind = 'REPORTER' and n.event_type = 'org.gridgov.case.closed.v1'
                """, row -> {
            statuses.put(row.getString("channel"), row.getString("status"));
        }, caseId);
        return statuses;
    }

    private static List<String> textsTo(String phone) {
        return CHANNELS.smsGateway.acceptedBy(LocalChannels.SMS_PATH).stream()
                .map(request -> JSON.readTree(request.text()))
                .filter(body -> body.get("to").asString().equals(phone))
                .map(body -> body.get("text").asString())
                .toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static CaseClosed closed(UUID caseId) {
        return new CaseClosed(caseId, GRID, "ENV_GARBAGE", true, Instant.parse("2026-11-23T02:00:00Z"));
    }

    private static CaseReopened reopened(UUID caseId) {
        return new CaseReopened(caseId, "resident", "the pile is back", 1, Instant.parse("2026-11-23T03:00:00Z"),
                "RESIDENT", Instant.parse("2026-11-24T03:00:00Z"));
    }

    private static void publish(UUID caseId, Object... payloads) {
        List<StreamedEvent> events = Arrays.stream(payloads).map(payload -> new StreamedEvent(Topics.CASE_EVENTS,
                caseId.toString(), CloudEventCodec.toCloudEvent(UUID.randomUUID().toString(), URI.create("/case-workflow"),
                        caseId.toString(), Instant.now(), payload))).toList();
        EventStreams.replay(TestInfrastructure.get().kafkaBootstrapServers(), events);
    }

    /**
     * case-workflow's reporter-contact endpoint as notification meets it: it refuses a call without a
     * valid SERVICE token signed with the development key (401/403, as case-workflow does), answers 404
     * for a reporter who left no contact, and can be told to be down (503) for a case until told otherwise.
     */
    static final class ContactsOfCaseWorkflow {

        private final HttpServer server;
        private final NimbusJwtDecoder tokens;
        private final Map<UUID, Map<String, String>> contacts = new ConcurrentHashMap<>();
        private final Set<UUID> outages = ConcurrentHashMap.newKeySet();
        private final Map<UUID, List<Jwt>> callers = new ConcurrentHashMap<>();

        ContactsOfCaseWorkflow() {
            try (InputStream key = getClass().getClassLoader().getResourceAsStream("gridgov/dev-jwt-public.pem")) {
                tokens = NimbusJwtDecoder.withPublicKey((RSAPublicKey) RsaKeyConverters.x509().convert(key)).build();
                server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.createContext("/api/cases/", this::handle);
            server.start();
        }

        String url() {
            return "http://localhost:" + server.getAddress().getPort();
        }

        void reporterOf(UUID caseId, String contact, String trackingCode) {
            contacts.put(caseId, Map.of("caseId", caseId.toString(), "contact", contact, "trackingCode", trackingCode));
        }

        void down(UUID caseId) {
            outages.add(caseId);
        }

        void up(UUID caseId) {
            outages.remove(caseId);
        }

        List<Jwt> callersOf(UUID caseId) {
            return callers.getOrDefault(caseId, List.of());
        }

        private void handle(HttpExchange exchange) throws IOException {
            String[] path = exchange.getRequestURI().getPath().split("/");
            UUID caseId = UUID.fromString(path[3]);
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            int status;
            byte[] body = new byte[0];
            try {
                Jwt jwt = tokens.decode(authorization == null ? "" : authorization.substring("Bearer ".length()));
                callers.computeIfAbsent(caseId, id -> new CopyOnWriteArrayList<>()).add(jwt);
                if (!jwt.getClaimAsStringList("roles").contains("SERVICE")) {
                    status = 403;
                } else if (outages.contains(caseId)) {
                    status = 503;
                } else if (contacts.containsKey(caseId)) {
                    status = 200;
                    body = JSON.writeValueAsBytes(contacts.get(caseId));
                } else {
                    status = 404;
                }
            } catch (JwtException | StringIndexOutOfBoundsException refused) {
                status = 401;
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        }
    }
}
