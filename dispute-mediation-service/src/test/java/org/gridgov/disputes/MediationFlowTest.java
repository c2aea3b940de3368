package org.gridgov.disputes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.disputes.Api.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.gridgov.events.EventSchemas;
import org.gridgov.events.EventTypes;
import org.gridgov.events.Topics;
import org.gridgov.events.disputes.AgreementFollowedUp;
import org.gridgov.events.disputes.DisputeEscalated;
import org.gridgov.events.disputes.DisputeOpened;
import org.gridgov.events.disputes.DisputeReferred;
import org.gridgov.events.disputes.DisputeSessionHeld;
import org.gridgov.events.disputes.DisputeSessionScheduled;
import org.gridgov.events.disputes.DisputeSettled;
import org.gridgov.testing.Recording;
import org.gridgov.testing.StreamedEvent;
import org.gridgov.testing.EventStreams;
import org.junit.jupiter.api.Test;

/** The seeds' disputes through the REST API, on real PostgreSQL and Kafka. */
@DisputeServiceTest
class MediationFlowTest extends RunningService {

    private static final String WORKER = token("worker-1", "GRID_WORKER", GRID);
    private static final String VILLAGE_MEDIATOR = token("village-mediator-1", "MEDIATOR", VILLAGE);
    private static final String TOWN_MEDIATOR = token("town-mediator-1", "MEDIATOR", TOWN);

    @Test
    void neighboursQuarrelIsSettledInTheVillageAndClosedOnceTheTermsArePerformed() {
        try (Recording recording = EventStreams.record(Topics.DISPUTE_EVENTS)) {
            Reply opened = api.post("/api/disputes", WORKER, dispute("NEIGHBOURS", GRID, "MEDIUM", 3,
                    resident("APPLICANT"), outsider("RESPONDENT", "王建国", "13912345678")));
            String id = opened.id();

            String session = api.schedule(id, VILLAGE_MEDIATOR, "village-mediator-1");
            Reply held = api.record(id, session, VILLAGE_MEDIATOR, "AGREED");
            Reply settled = api.settle(id, VILLAGE_MEDIATOR, today().plusDays(10).toString(), today().plusDays(12).toString());
            Reply closed = api.post("/api/disputes/" + id + "/follow-up", WORKER,
                    Map.of("performance", "PERFORMED", "performedOn", today().toString()));

            assertThat(opened.status()).isEqualTo(201);
            assertThat(opened.text("level")).isEqualTo("VILLAGE");
            assertThat(opened.text("unitCode")).isEqualTo(VILLAGE);
            assertThat(opened.text("light")).isEqualTo("GREEN");
            assertThat(opened.body().path("parties").get(1).path("name").asString()).doesNotContain("建国");
            assertThat(held.body().path("allPartiesAttended").asBoolean()).isTrue();
            assertThat(settled.text("state")).isEqualTo("SETTLED");
            assertThat(closed.text("state")).isEqualTo("CLOSED");

            recording.await(event -> id.equals(event.key())
                    && event.event().getType().equals(EventTypes.typeOf(AgreementFollowedUp.class)));
            List<StreamedEvent> events = recording.events().stream().filter(event -> id.equals(event.key())).toList();
            assertThat(events).extracting(event -> event.event().getType()).containsExactly(
                    EventTypes.typeOf(DisputeOpened.class), EventTypes.typeOf(DisputeSessionScheduled.class),
                    EventTypes.typeOf(DisputeSessionHeld.class), EventTypes.typeOf(DisputeSettled.class),
                    EventTypes.typeOf(AgreementFollowedUp.class));
            for (StreamedEvent event : events) {
                byte[] data = event.event().getData().toBytes();
                assertThat(EventSchemas.problems(event.event().getType(), data)).isEmpty();
                assertThat(new String(data, StandardCharsets.UTF_8)).doesNotContain("王建国", "13912345678", "drainage");
            }
            assertThat(events.get(4).data(AgreementFollowedUp.class).onTime()).isTrue();
            assertThat(jdbc.queryForList("select coalesce(name_sealed, '') || coalesce(phone_sealed, '') from dispute_party", String.class))
                    .noneMatch(stored -> stored.contains("王建国") || stored.contains("13912345678"));
            assertThat(api.get("/api/disputes/" + id + "/history", WORKER).body()).extracting(entry -> entry.path("kind").asString())
                    .containsExactly("opened", "session-scheduled", "session-held", "settled", "agreement-followed-up");
        }
    }

    @Test
    void failedVillageMediationClimbsToTheTownAndIsThenReferredToCourt() {
        try (Recording recording = EventStreams.record(Topics.DISPUTE_EVENTS)) {
            String id = api.post("/api/disputes", WORKER, dispute("LAND", GRID, "LOW", 2,
                    resident("APPLICANT"), resident("RESPONDENT"))).id();
            api.record(id, api.schedule(id, VILLAGE_MEDIATOR, "village-mediator-2"), VILLAGE_MEDIATOR, "NOT_AGREED");

            Reply escalated = api.post("/api/disputes/" + id + "/escalate", VILLAGE_MEDIATOR,
                    Map.of("cause", "MEDIATION_FAILED", "reason", "boundary of the contracted plot still contested"));
            Reply hiddenFromTheVillage = api.get("/api/disputes/" + id, VILLAGE_MEDIATOR);
            api.record(id, api.schedule(id, TOWN_MEDIATOR, "town-mediator-1"), TOWN_MEDIATOR, "NOT_AGREED");
            Reply referred = api.post("/api/disputes/" + id + "/refer", TOWN_MEDIATOR,
                    Map.of("channel", "LITIGATION", "bodyCode", "NANHE_COURT", "reason", "the contract's validity is a question for the court"));

            assertThat(escalated.text("level")).isEqualTo("TOWN");
            assertThat(escalated.text("unitCode")).isEqualTo(TOWN);
            assertThat(hiddenFromTheVillage.status()).isEqualTo(404);
            assertThat(referred.text("state")).isEqualTo("REFERRED");
            DisputeEscalated climbed = published(recording, id, DisputeEscalated.class).data(DisputeEscalated.class);
            assertThat(climbed.fromLevel()).isEqualTo("VILLAGE");
            assertThat(climbed.cause()).isEqualTo("MEDIATION_FAILED");
            assertThat(published(recording, id, DisputeReferred.class).data(DisputeReferred.class).fromLevel()).isEqualTo("TOWN");
        }
    }

    @Test
    void agreementNotPerformedByItsDayReopensTheDisputeAtItsLevel() {
        String id = api.post("/api/disputes", WORKER, dispute("FAMILY_AND_MARRIAGE", GRID, "LOW", 2,
                resident("APPLICANT"), resident("RESPONDENT"))).id();
        api.record(id, api.schedule(id, WORKER, "worker-1"), WORKER, "AGREED");
        api.settle(id, WORKER, null, null);

        Reply reopened = api.post("/api/disputes/" + id + "/follow-up", WORKER, Map.of("performance", "NOT_PERFORMED"));

        assertThat(reopened.text("state")).isEqualTo("OPEN");
        assertThat(reopened.text("level")).isEqualTo("GRID");
        assertThat(reopened.body().path("reopenCount").asInt()).isEqualTo(1);
    }

    @Test
    void mediationRulesAreRefusedAsConflictsAndBadInputAsBadRequests() {
        String village = api.post("/api/disputes", WORKER, dispute("NEIGHBOURS", GRID, "MEDIUM", 2,
                resident("APPLICANT"), resident("RESPONDENT"))).id();
        String medical = api.post("/api/disputes", countyCentre(), dispute("MEDICAL", GRID, "LOW", 2,
                resident("APPLICANT"), resident("RESPONDENT"))).id();

        Reply settledWithoutSession = api.settle(village, VILLAGE_MEDIATOR, null, null);
        Reply foreignMediator = api.post("/api/disputes/" + village + "/sessions", VILLAGE_MEDIATOR, Map.of(
                "startsAt", "2030-01-01T09:00:00Z", "place", "village hall", "mediatorAccountIds", List.of("town-mediator-1")));
        Reply aboveTheCounty = api.post("/api/disputes/" + medical + "/escalate", countyCentre(),
                Map.of("cause", "EXPLICIT", "reason", "no agreement in sight"));
        api.record(village, api.schedule(village, VILLAGE_MEDIATOR, "village-mediator-1"), VILLAGE_MEDIATOR, "AGREED");
        Reply halfConfirmed = api.post("/api/disputes/" + village + "/settle", VILLAGE_MEDIATOR,
                Map.of("terms", "apology", "confirmedBy", List.of(api.partyIds(village, VILLAGE_MEDIATOR).get(0))));
        Reply outsiderWithoutName = api.post("/api/disputes", WORKER, dispute("NEIGHBOURS", GRID, "LOW", 2,
                Map.of("kind", "OUTSIDER", "side", "APPLICANT")));
        Reply fromACase = api.post("/api/disputes", WORKER, Map.of("type", "NEIGHBOURS", "gridCode", GRID,
                "riskLevel", "LOW", "peopleInvolved", 2, "source", "CASE", "parties", List.of(resident("APPLICANT"))));

        assertThat(settledWithoutSession.status()).isEqualTo(409);
        assertThat(settledWithoutSession.text("type")).isEqualTo("urn:gridgov:problem:no-agreed-session");
        assertThat(foreignMediator.status()).isEqualTo(409);
        assertThat(foreignMediator.text("type")).isEqualTo("urn:gridgov:problem:not-a-mediator-here");
        assertThat(aboveTheCounty.status()).isEqualTo(409);
        assertThat(aboveTheCounty.text("type")).isEqualTo("urn:gridgov:problem:no-level-above");
        assertThat(halfConfirmed.status()).isEqualTo(409);
        assertThat(halfConfirmed.text("type")).isEqualTo("urn:gridgov:problem:agreement-not-confirmed");
        assertThat(outsiderWithoutName.status()).isEqualTo(400);
        assertThat(outsiderWithoutName.body().path("errors").get(0).path("field").asString()).isEqualTo("parties[0].name");
        assertThat(fromACase.status()).isEqualTo(400);
    }

    @Test
    void indicatorsShowTheShareSettledAtEachLevelAgainstTheSeventyTwentyTenShape() {
        String worker = token("worker-9", "GRID_WORKER", OTHER_GRID);
        String villageMediator = token("other-village-mediator", "MEDIATOR", OTHER_VILLAGE);
        String inTheGrid = api.post("/api/disputes", worker, dispute("NEIGHBOURS", OTHER_GRID, "LOW", 2,
                resident("APPLICANT"), resident("RESPONDENT"))).id();
        String inTheVillage = api.post("/api/disputes", worker, dispute("LAND", OTHER_GRID, "LOW", 2,
                resident("APPLICANT"), resident("RESPONDENT"))).id();
        String toCourt = api.post("/api/disputes", worker, dispute("CONSUMER", OTHER_GRID, "LOW", 2,
                resident("APPLICANT"), resident("RESPONDENT"))).id();
        api.record(inTheGrid, api.schedule(inTheGrid, worker, "worker-9"), worker, "AGREED");
        api.settle(inTheGrid, worker, null, null);
        api.post("/api/disputes/" + inTheGrid + "/follow-up", worker, Map.of("performance", "PERFORMED"));
        api.record(inTheVillage, api.schedule(inTheVillage, villageMediator, "other-village-mediator"), villageMediator, "AGREED");
        api.settle(inTheVillage, villageMediator, null, null);
        api.post("/api/disputes/" + toCourt + "/refer", villageMediator,
                Map.of("channel", "ARBITRATION", "bodyCode", "NANHE_CONSUMER_ARBITRATION", "reason", "refund terms disputed"));

        Reply indicators = api.get("/api/disputes/indicators?unit=" + OTHER_TOWN + "&from=" + today().minusDays(1)
                + "&to=" + today().plusDays(1), token("town-centre-2", "COMMAND_CENTRE", OTHER_TOWN));
        Reply outside = api.get("/api/disputes/indicators?unit=" + OTHER_TOWN + "&from=" + today() + "&to=" + today().plusDays(1), WORKER);

        assertThat(indicators.status()).isEqualTo(200);
        assertThat(indicators.body().path("opened").asLong()).isEqualTo(3);
        assertThat(indicators.body().path("settled").asLong()).isEqualTo(2);
        assertThat(indicators.body().path("referred").asLong()).isEqualTo(1);
        assertThat(indicators.body().path("settlementRate").asDouble()).isEqualTo(0.6667);
        assertThat(indicators.body().path("settledShareByLevel").path("GRID").asDouble()).isEqualTo(0.3333);
        assertThat(indicators.body().path("settledShareByLevel").path("VILLAGE").asDouble()).isEqualTo(0.3333);
        assertThat(indicators.body().path("settledShareByLevel").path("LEGAL").asDouble()).isEqualTo(0.3333);
        assertThat(indicators.body().path("shape").get(0).path("target").asDouble()).isEqualTo(0.70);
        assertThat(indicators.body().path("agreementsPerformedOnTime").asLong()).isEqualTo(1);
        assertThat(indicators.body().path("performedOnTimeShare").asDouble()).isEqualTo(0.5);
        assertThat(indicators.body().path("reopenedShare").asDouble()).isEqualTo(0.0);
        assertThat(indicators.body().path("averageDaysToSettle").asDouble()).isEqualTo(0.0);
        assertThat(outside.status()).isEqualTo(403);
    }

    @Test
    void openApiDocumentListsEveryEndpointAndReadinessWaitsForTheTerritory() {
        Reply document = api.get("/v3/api-docs", null);
        Reply readiness = api.get("/actuator/health/readiness", null);

        assertThat(document.body().path("paths").propertyNames()).contains("/api/disputes", "/api/disputes/{disputeId}",
                "/api/disputes/{disputeId}/parties", "/api/disputes/{disputeId}/sessions",
                "/api/disputes/{disputeId}/sessions/{sessionId}", "/api/disputes/{disputeId}/sessions/{sessionId}/record",
                "/api/disputes/{disputeId}/settle", "/api/disputes/{disputeId}/escalate", "/api/disputes/{disputeId}/risk",
                "/api/disputes/{disputeId}/refer",
                "/api/disputes/{disputeId}/follow-up", "/api/disputes/{disputeId}/history", "/api/disputes/indicators");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.body().path("components").has("unitReplica")).isTrue();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}
