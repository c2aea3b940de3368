package org.gridgov.cases.mediation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gridgov.cases.NanheCounty.BEIJIASONG;
import static org.gridgov.cases.NanheCounty.BEIJIASONG_GRID_1;
import static org.gridgov.cases.NanheCounty.BEIJIASONG_WORKER_1;
import static org.gridgov.cases.NanheCounty.JIASONG_TOWN;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gridgov.cases.Api;
import org.gridgov.cases.CaseWorkflowIntegrationTest;
import org.gridgov.cases.deadline.DeadlineScheduler;
import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.EventSchemas;
import org.gridgov.events.Topics;
import org.gridgov.events.cases.CaseClosed;
import org.gridgov.events.cases.CaseMediationStarted;
import org.gridgov.events.disputes.DisputeEscalated;
import org.gridgov.events.disputes.DisputeOpened;
import org.gridgov.events.disputes.DisputeReferred;
import org.gridgov.events.disputes.DisputeSessionHeld;
import org.gridgov.events.disputes.DisputeSettled;
import org.gridgov.testing.EventStreams;
import org.gridgov.testing.Recording;
import org.gridgov.testing.StreamedEvent;
import org.gridgov.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A neighbours' quarrel reported in a grid of Beijiasong (Nanhe, seed 002) goes to mediation in
 * dispute-mediation, which tells the case on {@code dispute.events}; real PostgreSQL and Kafka, the
 * clock moved by hand and the deadline scheduler run by the test.
 */
@TestPropertySource(properties = "gridgov.deadlines.scheduler-enabled=false")
class DisputeMediationTest extends CaseWorkflowIntegrationTest {

    private static final URI DISPUTE_MEDIATION = URI.create("/dispute-mediation");
    private static final String MEDIATION_STARTED = "org.gridgov.case.mediation-started.v1";
    private static final String CLOSED = "org.gridgov.case.closed.v1";
    private static final String OVERDUE = "org.gridgov.case.overdue.v1";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DeadlineScheduler scheduler;

    private final String worker = token(BEIJIASONG_WORKER_1, "GRID_WORKER", BEIJIASONG_GRID_1);
    private final String villageCentre = token("c-bjs", "COMMAND_CENTRE", BEIJIASONG);

    @Test
    void caseWaitsPausedThroughItsMediationIsNeverOverdueAndClosesWithTheSettlement() {
        clock.pin(beijing("2026-06-01T09:00"));
        UUID caseId = report(worker, reportIn(BEIJIASONG_GRID_1, "NEIGHBOUR_DISPUTE"));
        UUID disputeId = UUID.randomUUID();
        UUID agreementId = UUID.randomUUID();

        try (Recording caseEvents = EventStreams.record(Topics.CASE_EVENTS)) {
            send(opened(disputeId, caseId, BEIJIASONG_GRID_1, "GRID"));
            await().until(() -> "PAUSED".equals(view(caseId).path("light").asString()));

            CaseMediationStarted started = caseEvents.await(event -> isOf(event, caseId, MEDIATION_STARTED))
                    .data(CaseMediationStarted.class);
            assertThat(started.disputeId()).isEqualTo(disputeId);
            assertThat(started.stage()).isEqualTo("GRID_HANDLING");
            // Paused the moment it was assigned: all 40 working hours of the grid's handling are left.
            assertThat(started.secondsLeft()).isEqualTo(Duration.ofHours(40).toSeconds());
            assertThat(listed("PAUSED")).contains(caseId.toString());

            // Six weeks on, far past the grid's deadline: nothing is due, nothing turns red or climbs.
            clock.pin(beijing("2026-07-15T10:00"));
            assertThat(scheduler.fireDue()).isZero();
            JsonNode waiting = view(caseId);
            assertThat(waiting.path("state").asString()).isEqualTo("ASSIGNED");
            assertThat(waiting.path("level").asString()).isEqualTo("GRID");
            assertThat(waiting.path("light").asString()).isEqualTo("PAUSED");
            assertThat(waiting.path("dueAt").isNull()).isTrue();
            assertThat(waiting.path("pausedSecondsLeft").asLong()).isEqualTo(Duration.ofHours(40).toSeconds());
            assertThat(listed("RED")).doesNotContain(caseId.toString());

            Api.Response escalation = act(worker, caseId, "escalate", Map.of("reason", "the neighbours will not talk"));
            assertThat(escalation.status()).isEqualTo(409);
            assertThat(escalation.text("type")).isEqualTo("urn:gridgov:problem:in-mediation");
            assertThat(escalation.text("action")).isEqualTo("ESCALATE");
            assertThat(escalation.text("disputeId")).isEqualTo(disputeId.toString());
            assertThat(act(worker, caseId, "resolve", Map.of("notes", "they shook hands")).status()).isEqualTo(409);

            send(escalated(disputeId, BEIJIASONG_GRID_1, "GRID", BEIJIASONG, "VILLAGE"));
            await().until(() -> actions(caseId).size() == 5);
            send(settled(disputeId, agreementId, caseId, BEIJIASONG, "VILLAGE"));
            await().until(() -> "CLOSED".equals(view(caseId).path("state").asString()));

            CaseClosed closed = caseEvents.await(event -> isOf(event, caseId, CLOSED)).data(CaseClosed.class);
            assertThat(closed.cause()).isEqualTo("SETTLED");
            assertThat(closed.agreementId()).isEqualTo(agreementId);
            assertThat(closed.disputeId()).isEqualTo(disputeId);
            assertThat(closed.onTime()).isTrue();
            assertThat(ofCase(caseEvents, caseId)).allSatisfy(DisputeMediationTest::valid)
                    .noneMatch(event -> event.event().getType().equals(OVERDUE));
        }
        JsonNode closedCase = view(caseId);
        assertThat(closedCase.path("closeCause").asString()).isEqualTo("SETTLED");
        assertThat(closedCase.path("light").isNull()).isTrue();
        assertThat(closedCase.path("handlingSummary").asString()).contains(agreementId.toString());
        assertThat(actions(caseId)).containsExactly("REPORT", "FILE", "ASSIGN", "MEDIATE", "MEDIATE", "CLOSE");
        JsonNode history = api().get("/api/cases/" + caseId + "/history", villageCentre).body();
        assertThat(history.get(4).path("reason").asString()).contains("escalated to VILLAGE " + BEIJIASONG);
        assertThat(history.get(5).path("reason").asString()).startsWith("SETTLED");
        assertThat(history.get(5).path("actor").path("id").asString()).isEqualTo("dispute-mediation");
        assertThat(jdbc.queryForObject("select overdue from case_file where id = ?", Boolean.class, caseId)).isFalse();
    }

    @Test
    void caseClosesAsReferredWhenItsDisputeGoesToCourt() {
        clock.pin(beijing("2026-06-08T09:00"));
        UUID caseId = report(worker, reportIn(BEIJIASONG_GRID_1, "LAND_DISPUTE"));
        UUID disputeId = UUID.randomUUID();

        try (Recording caseEvents = EventStreams.record(Topics.CASE_EVENTS)) {
            send(opened(disputeId, caseId, BEIJIASONG, "VILLAGE"));
            await().until(() -> "PAUSED".equals(view(caseId).path("light").asString()));
            clock.pin(beijing("2026-08-03T09:00"));
            assertThat(scheduler.fireDue()).isZero();
            send(referred(disputeId, caseId, JIASONG_TOWN, "TOWN"));

            CaseClosed closed = caseEvents.await(event -> isOf(event, caseId, CLOSED)).data(CaseClosed.class);
            assertThat(closed.cause()).isEqualTo("REFERRED");
            assertThat(closed.referralChannel()).isEqualTo("LITIGATION");
            assertThat(closed.referralBodyCode()).isEqualTo("NANHE_COURT");
            assertThat(closed.onTime()).isTrue();
            assertThat(ofCase(caseEvents, caseId)).allSatisfy(DisputeMediationTest::valid);
        }
        JsonNode closedCase = view(caseId);
        assertThat(closedCase.path("state").asString()).isEqualTo("CLOSED");
        assertThat(closedCase.path("closeCause").asString()).isEqualTo("REFERRED");
        JsonNode history = api().get("/api/cases/" + caseId + "/history", villageCentre).body();
        assertThat(history.get(history.size() - 1).path("reason").asString())
                .isEqualTo("REFERRED to LITIGATION NANHE_COURT: the boundary is a question of the land contract itself");
    }

    @Test
    void redeliveredDisputeEventsChangeNothing() {
        clock.pin(beijing("2026-06-15T09:00"));
        UUID caseId = report(worker, reportIn(BEIJIASONG_GRID_1, "NEIGHBOUR_DISPUTE"));
        UUID disputeId = UUID.randomUUID();
        List<StreamedEvent> course = List.of(opened(disputeId, caseId, BEIJIASONG_GRID_1, "GRID"),
                escalated(disputeId, BEIJIASONG_GRID_1, "GRID", BEIJIASONG, "VILLAGE"),
                settled(disputeId, UUID.randomUUID(), caseId, BEIJIASONG, "VILLAGE"));

        try (Recording caseEvents = EventStreams.record(Topics.CASE_EVENTS)) {
            send(course);
            await().until(() -> "CLOSED".equals(view(caseId).path("state").asString()));
            List<String> trailAfterFirst = actions(caseId);

            // The same records again (a crash before the offsets were committed), then records that
            // must change nothing either: a dispute of no case, a case this service does not know, a
            // session it does not read. A marker behind them on the same key says they were all read.
            StreamedEvent ofNoCase = opened(UUID.randomUUID(), null, BEIJIASONG_GRID_1, "GRID");
            StreamedEvent ofUnknownCase = opened(disputeId, UUID.randomUUID(), BEIJIASONG_GRID_1, "GRID");
            StreamedEvent marker = escalated(disputeId, BEIJIASONG, "VILLAGE", JIASONG_TOWN, "TOWN");
            List<StreamedEvent> again = new ArrayList<>(course);
            again.addAll(List.of(ofNoCase, ofUnknownCase, session(disputeId), marker));
            send(again);
            await().until(() -> processed(marker));

            assertThat(actions(caseId)).isEqualTo(trailAfterFirst)
                    .containsExactly("REPORT", "FILE", "ASSIGN", "MEDIATE", "MEDIATE", "CLOSE");
            assertThat(processed(ofNoCase) || processed(ofUnknownCase)).isFalse();
            awaitPublished();
            assertThat(ofCase(caseEvents, caseId)).extracting(event -> event.event().getType())
                    .containsOnlyOnce(MEDIATION_STARTED, CLOSED);
        }
    }

    private void send(StreamedEvent event) {
        send(List.of(event));
    }

    private void send(List<StreamedEvent> events) {
        EventStreams.replay(TestInfrastructure.get().kafkaBootstrapServers(), events);
    }

    private StreamedEvent opened(UUID disputeId, UUID caseId, String unitCode, String level) {
        Instant now = clock.instant();
        return dispute(disputeId, now, new DisputeOpened(disputeId, "NEIGHBOURS", BEIJIASONG_GRID_1, unitCode, level,
                null, "LOW", List.of(), 2, null, caseId == null ? "GRID_CHECK" : "CASE", caseId,
                now.plus(Duration.ofDays(10)), now));
    }

    private StreamedEvent escalated(UUID disputeId, String fromUnit, String fromLevel, String unitCode, String level) {
        Instant now = clock.instant();
        return dispute(disputeId, now, new DisputeEscalated(disputeId, fromUnit, fromLevel, unitCode, level, null,
                "MEDIATION_FAILED", "Two sessions in the grid ended without agreement", now.plus(Duration.ofDays(15)), now));
    }

    private StreamedEvent settled(UUID disputeId, UUID agreementId, UUID caseId, String unitCode, String level) {
        Instant now = clock.instant();
        return dispute(disputeId, now, new DisputeSettled(disputeId, agreementId, caseId, unitCode, level, null, null,
                null, LocalDate.ofInstant(now, ZoneId.of("Asia/Shanghai")).plusDays(30), now));
    }

    private StreamedEvent referred(UUID disputeId, UUID caseId, String unitCode, String level) {
        Instant now = clock.instant();
        return dispute(disputeId, now, new DisputeReferred(disputeId, caseId, unitCode, level, "LITIGATION",
                "NANHE_COURT", "the boundary is a question of the land contract itself", now));
    }

    private StreamedEvent session(UUID disputeId) {
        Instant now = clock.instant();
        return dispute(disputeId, now, new DisputeSessionHeld(disputeId, UUID.randomUUID(), BEIJIASONG, "VILLAGE",
                "NOT_AGREED", true, now));
    }

    private static StreamedEvent dispute(UUID disputeId, Instant at, Object payload) {
        return new StreamedEvent(Topics.DISPUTE_EVENTS, disputeId.toString(), CloudEventCodec.toCloudEvent(
                UUID.randomUUID().toString(), DISPUTE_MEDIATION, disputeId.toString(), at, payload));
    }

    private boolean processed(StreamedEvent event) {
        return jdbc.queryForObject("select count(*) from gridgov_processed_event where consumer = ? and event_id = ?",
                Integer.class, Mediations.CONSUMER, event.event().getId()) == 1;
    }

    private JsonNode view(UUID caseId) {
        return api().get("/api/cases/" + caseId, villageCentre).body();
    }

    private List<String> actions(UUID caseId) {
        return jdbc.queryForList("select action from case_event where case_id = ? order by seq", String.class, caseId);
    }

    private List<String> listed(String light) {
        Api.Response page = api().get("/api/cases?unit=" + BEIJIASONG_GRID_1 + "&light=" + light + "&size=100",
                villageCentre);
        assertThat(page.status()).isEqualTo(200);
        return page.body().path("items").valueStream().map(item -> item.path("id").asString()).toList();
    }

    private static List<StreamedEvent> ofCase(Recording events, UUID caseId) {
        return events.events().stream().filter(event -> caseId.toString().equals(event.key())).toList();
    }

    private static void valid(StreamedEvent event) {
        assertThat(EventSchemas.problems(event.event().getType(), event.event().getData().toBytes()))
                .as(event.event().getType()).isEmpty();
    }
}
