package org.gridgov.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.gridgov.cases.NanheCounty.BEIJIASONG;
import static org.gridgov.cases.NanheCounty.BEIJIASONG_GRID_1;
import static org.gridgov.cases.NanheCounty.BEIJIASONG_GRID_2;
import static org.gridgov.cases.NanheCounty.BEIJIASONG_WORKER_1;
import static org.gridgov.cases.NanheCounty.BEIJIASONG_WORKER_2;
import static org.gridgov.cases.NanheCounty.COUNTY;
import static org.gridgov.cases.NanheCounty.DONGGUAN_GRID_1;
import static org.gridgov.cases.NanheCounty.DONGGUAN_WORKER_1;
import static org.gridgov.cases.NanheCounty.DONGHAOQIAO_GRID_1;
import static org.gridgov.cases.NanheCounty.DONGHAOQIAO_MICRO_GRID;
import static org.gridgov.cases.NanheCounty.DONGHAOQIAO_WORKER_1;
import static org.gridgov.cases.NanheCounty.JIASONG_TOWN;
import static org.gridgov.cases.NanheCounty.NANJIASONG;
import static org.gridgov.cases.NanheCounty.NANJIASONG_GRID_WITHOUT_WORKER;
import static org.gridgov.cases.NanheCounty.NANJIASONG_RETIRED_GRID;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.EventSchemas;
import org.gridgov.events.Topics;
import org.gridgov.events.cases.CaseClosed;
import org.gridgov.events.cases.CaseDispatched;
import org.gridgov.events.cases.CaseEscalated;
import org.gridgov.events.cases.CaseRejected;
import org.gridgov.events.cases.CaseReopened;
import org.gridgov.events.cases.CaseReturned;
import org.gridgov.events.cases.DepartmentFeedback;
import org.gridgov.testing.DevTokens;
import org.gridgov.testing.EventStreams;
import org.gridgov.testing.Recording;
import org.gridgov.testing.StreamedEvent;
import org.gridgov.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The closed loop driven as its actors drive it, through REST and Kafka, read back from the topics. */
class CaseLoopTest extends CaseWorkflowIntegrationTest {

    private static final String RESIDENT_CONTACT = "resident-contact-0042";

    private final String workerBjs1 = token(BEIJIASONG_WORKER_1, "GRID_WORKER", BEIJIASONG_GRID_1);
    private final String workerBjs2 = token(BEIJIASONG_WORKER_2, "GRID_WORKER", BEIJIASONG_GRID_2);
    private final String workerDongguan = token(DONGGUAN_WORKER_1, "GRID_WORKER", DONGGUAN_GRID_1);
    private final String villageCentre = token("c-bjs", "COMMAND_CENTRE", BEIJIASONG);
    private final String townCentre = token("c-jiasong", "COMMAND_CENTRE", JIASONG_TOWN);
    private final String countyCentre = token("c-county", "COMMAND_CENTRE", COUNTY);

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void gridWorkerResolvesOnTheSpotAndTheResidentRatesTheResult() {
        try (Recording caseEvents = EventStreams.record(Topics.CASE_EVENTS)) {
            Map<String, Object> garbage = reportIn(BEIJIASONG_GRID_1, "ENV_GARBAGE");
            garbage.put("reporterContact", RESIDENT_CONTACT);
            garbage.put("photoUrls", List.of("https://photos.example.org/garbage-1.jpg"));
            Api.Response created = api().post("/api/cases", workerBjs1, garbage);
            UUID caseId = UUID.fromString(created.text("caseId"));
            String trackingCode = created.text("trackingCode");

            assertThat(created.status()).isEqualTo(201);
            assertThat(created.text("state")).isEqualTo("ASSIGNED");
            assertThat(trackingCode).matches("[0-9A-HJKMNP-TV-Z]{10}");
            JsonNode assigned = api().get("/api/cases/" + caseId, workerBjs1).body();
            assertThat(assigned.path("assigneeId").asString()).isEqualTo(BEIJIASONG_WORKER_1);
            assertThat(assigned.path("stage").asString()).isEqualTo("GRID_HANDLING");
            assertThat(assigned.path("reporterContact").isNull()).isTrue();
            assertThat(api().get("/api/cases/" + caseId, countyCentre).text("reporterContact")).isEqualTo(RESIDENT_CONTACT);

            actOk(workerBjs1, caseId, "resolve", Map.of("notes", "cleared with the village cleaners",
                    "photoUrls", List.of("https://photos.example.org/garbage-1-after.jpg")));
            Api.Response closed = actOk(workerBjs1, caseId, "verify", Map.of("passed", true, "note", "clean on site"));
            assertThat(closed.text("state")).isEqualTo("CLOSED");

            Api.Response tracked = api().get("/api/public/cases/" + trackingCode, null);
            assertThat(tracked.status()).isEqualTo(200);
            assertThat(tracked.body().path("state").asString()).isEqualTo("CLOSED");
            assertThat(tracked.body().path("mayEvaluate").asBoolean()).isTrue();
            assertThat(tracked.body().toString()).doesNotContain(BEIJIASONG_WORKER_1, RESIDENT_CONTACT);

            Api.Response rated = api().post("/api/public/cases/" + trackingCode + "/evaluation", null,
                    Map.of("rating", 5, "comment", "quick and tidy"));
            Api.Response ratedAgain = api().post("/api/public/cases/" + trackingCode + "/evaluation", null,
                    Map.of("rating", 1));
            assertThat(rated.status()).isEqualTo(200);
            assertThat(rated.text("state")).isEqualTo("EVALUATED");
            assertThat(ratedAgain.status()).isEqualTo(409);
            assertThat(ratedAgain.text("type")).isEqualTo("urn:gridgov:problem:illegal-transition");
            assertThat(ratedAgain.text("state")).isEqualTo("EVALUATED");
            assertThat(ratedAgain.text("action")).isEqualTo("EVALUATE");

            JsonNode history = api().get("/api/cases/" + caseId + "/history", workerBjs1).body();
            assertThat(history.valueStream().map(row -> row.path("action").asString()))
                    .containsExactly("REPORT", "FILE", "ASSIGN", "RESOLVE", "VERIFY", "CLOSE", "EVALUATE");
            assertThat(history.get(3).path("actor").path("id").asString()).isEqualTo(BEIJIASONG_WORKER_1);
            assertThat(history.get(3).path("actor").path("role").asString()).isEqualTo("GRID_WORKER");
            assertThat(history.get(6).path("actor").path("role").asString()).isEqualTo("RESIDENT");

            caseEvents.await(event -> caseId.toString().equals(event.key())
                    && event.event().getType().equals("org.gridgov.case.evaluated.v1"));
            List<StreamedEvent> ofCase = ofKey(caseEvents, caseId.toString());
            assertThat(ofCase).extracting(event -> event.event().getType()).containsExactly(
                    "org.gridgov.case.filed.v1", "org.gridgov.case.assigned.v1", "org.gridgov.case.handled.v1",
                    "org.gridgov.case.verified.v1", "org.gridgov.case.closed.v1", "org.gridgov.case.evaluated.v1");
            assertThat(ofCase).allSatisfy(CaseLoopTest::validAndFreeOfPersonalData);
            assertThat(ofCase.get(4).data(CaseClosed.class).onTime()).isTrue();
        }
    }

    @Test
    void ruralCaseClimbsLevelByLevelAndTheDepartmentFeedsBackOnKafka() {
        try (Recording routing = EventStreams.record(Topics.CASE_ESCALATED, Topics.CASE_DISPATCHED, Topics.CASE_EVENTS)) {
            UUID caseId = report(workerBjs2, reportIn(BEIJIASONG_GRID_2, "DRAIN_BLOCKED"));
            assertThat(api().get("/api/cases/" + caseId, workerBjs2).text("assigneeId")).isEqualTo(BEIJIASONG_WORKER_2);

            actOk(workerBjs2, caseId, "escalate", Map.of("reason", "the main drain needs a digger"));
            Api.Response atTown = actOk(villageCentre, caseId, "escalate", Map.of("reason", "the village has no digger either"));
            assertThat(atTown.text("level")).isEqualTo("TOWN");
            assertThat(atTown.text("unitCode")).isEqualTo(JIASONG_TOWN);
            Api.Response dispatched = actOk(townCentre, caseId, "dispatch", Map.of("instructions", "clear the main drain"));
            assertThat(dispatched.text("departmentCode")).isEqualTo("URBAN_MGMT");

            // Each command centre and the department read only their own keys of the routing topics.
            CaseEscalated atVillage = routing.await(event -> event.topic().equals(Topics.CASE_ESCALATED)
                    && BEIJIASONG.equals(event.key())).data(CaseEscalated.class);
            CaseEscalated toTown = routing.await(event -> event.topic().equals(Topics.CASE_ESCALATED)
                    && JIASONG_TOWN.equals(event.key())).data(CaseEscalated.class);
            CaseDispatched forDepartment = routing.await(event -> event.topic().equals(Topics.CASE_DISPATCHED)
                    && "URBAN_MGMT".equals(event.key())).data(CaseDispatched.class);
            assertThat(atVillage.caseId()).isEqualTo(caseId);
            assertThat(atVillage.fromUnitCode()).isEqualTo(BEIJIASONG_GRID_2);
            assertThat(atVillage.cause()).isEqualTo("EXPLICIT");
            assertThat(atVillage.reason()).isEqualTo("the main drain needs a digger");
            assertThat(toTown.fromLevel()).isEqualTo("VILLAGE");
            assertThat(forDepartment.caseId()).isEqualTo(caseId);
            assertThat(forDepartment.unitCode()).isEqualTo(JIASONG_TOWN);
            assertThat(forDepartment.instructions()).isEqualTo("clear the main drain");

            StreamedEvent firstFeedback = feedback(caseId, "URBAN_MGMT", "RESOLVED", "drain cleared");
            EventStreams.replay(TestInfrastructure.get().kafkaBootstrapServers(), List.of(firstFeedback));
            awaitState(caseId, "HANDLED");
            Api.Response reopened = actOk(workerBjs2, caseId, "verify", Map.of("passed", false, "note", "still floods after rain"));
            assertThat(reopened.text("state")).isEqualTo("REOPENED");
            assertThat(reopened.body().path("reworkCount").asInt()).isEqualTo(1);
            assertThat(reopened.text("stage")).isEqualTo("DEPARTMENT_HANDLING");

            // The department's integration re-sends its first feedback, then reports the rework.
            EventStreams.replay(TestInfrastructure.get().kafkaBootstrapServers(),
                    List.of(firstFeedback, feedback(caseId, "URBAN_MGMT", "RESOLVED", "drain relaid with a wider pipe")));
            awaitState(caseId, "HANDLED");
            actOk(workerBjs2, caseId, "verify", Map.of("passed", true));

            JsonNode history = api().get("/api/cases/" + caseId + "/history", townCentre).body();
            assertThat(history.valueStream().map(row -> row.path("action").asString()))
                    .containsExactly("REPORT", "FILE", "ASSIGN", "ESCALATE", "ESCALATE", "DISPATCH", "FEEDBACK",
                            "REOPEN", "FEEDBACK", "VERIFY", "CLOSE");
            assertThat(history.get(6).path("actor").path("role").asString()).isEqualTo("DEPARTMENT_HANDLER");
            routing.await(event -> caseId.toString().equals(event.key())
                    && event.event().getType().equals("org.gridgov.case.closed.v1"));
            assertThat(routing.events()).filteredOn(event -> caseId.toString().equals(event.event().getSubject()))
                    .allSatisfy(CaseLoopTest::validAndFreeOfPersonalData);
        }
    }

    @Test
    void urbanGridGoesFlatToTheCountyAndADepartmentReturnsWhatIsNotItsOwn() {
        try (Recording escalations = EventStreams.record(Topics.CASE_ESCALATED, Topics.CASE_EVENTS)) {
            UUID caseId = report(workerDongguan, reportIn(DONGGUAN_GRID_1, "STREET_VENDING"));

            Api.Response atCounty = actOk(workerDongguan, caseId, "escalate", Map.of("reason", "vendors came back with a truck"));
            actOk(countyCentre, caseId, "dispatch", Map.of("departmentCode", "TRANSPORT"));
            String transport = department("h-transport", "TRANSPORT");
            Api.Response returned = actOk(transport, caseId, "return", Map.of("reason", "street trading is urban management's"));
            Api.Response redispatched = actOk(countyCentre, caseId, "dispatch", Map.of());

            assertThat(atCounty.text("level")).isEqualTo("COUNTY");
            assertThat(atCounty.text("unitCode")).isEqualTo(COUNTY);
            assertThat(escalations.await(event -> COUNTY.equals(event.key())
                    && event.data(CaseEscalated.class).caseId().equals(caseId)).data(CaseEscalated.class).fromLevel())
                    .isEqualTo("GRID");
            CaseReturned handedBack = escalations.await(event -> caseId.toString().equals(event.key())
                    && event.event().getType().equals("org.gridgov.case.returned.v1")).data(CaseReturned.class);
            assertThat(handedBack.departmentCode()).isEqualTo("TRANSPORT");
            assertThat(handedBack.unitCode()).isEqualTo(COUNTY);
            assertThat(handedBack.level()).isEqualTo("COUNTY");
            assertThat(handedBack.reason()).isEqualTo("street trading is urban management's");
            assertThat(returned.text("state")).isEqualTo("ESCALATED");
            assertThat(returned.text("departmentCode")).isNull();
            assertThat(api().get("/api/cases/" + caseId, transport).status()).isEqualTo(404);
            assertThat(redispatched.text("departmentCode")).isEqualTo("URBAN_MGMT");
        }
    }

    @Test
    void groupDisputeGoesStraightToTheTown() {
        try (Recording escalations = EventStreams.record(Topics.CASE_ESCALATED)) {
            Map<String, Object> dispute = reportIn(BEIJIASONG_GRID_1, "NEIGHBOUR_DISPUTE");
            dispute.put("peopleInvolved", 12);

            Api.Response created = api().post("/api/cases", workerBjs1, dispute);

            assertThat(created.text("state")).isEqualTo("ESCALATED");
            assertThat(created.text("level")).isEqualTo("TOWN");
            assertThat(created.text("unitCode")).isEqualTo(JIASONG_TOWN);
            CaseEscalated arrived = escalations.await(event -> JIASONG_TOWN.equals(event.key())
                    && created.text("caseId").equals(event.event().getSubject())).data(CaseEscalated.class);
            assertThat(arrived.cause()).isEqualTo("SEVERITY");
            assertThat(arrived.fromUnitCode()).isEqualTo(BEIJIASONG_GRID_1);
            assertThat(api().get("/api/cases/" + created.text("caseId"), townCentre).text("severity")).isEqualTo("MAJOR");
        }
    }

    @Test
    void hotlineReportWithCoordinatesIsPlacedByTheRegistryWithTheOperatorsToken() {
        REGISTRY.grid(114.70112, 37.00221, DONGHAOQIAO_MICRO_GRID);
        Map<String, Object> call = reportIn(null, "FIRE_EXIT_BLOCKED");
        call.remove("gridCode");
        call.putAll(Map.of("longitude", 114.70112, "latitude", 37.00221, "channel", "HOTLINE"));

        Api.Response created = api().post("/api/cases", countyCentre, call);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("state")).isEqualTo("ASSIGNED");
        assertThat(created.text("unitCode")).isEqualTo(DONGHAOQIAO_GRID_1);
        JsonNode placed = api().get("/api/cases/" + created.text("caseId"), countyCentre).body();
        assertThat(placed.path("gridCode").asString()).isEqualTo(DONGHAOQIAO_MICRO_GRID);
        assertThat(placed.path("assigneeId").asString()).isEqualTo(DONGHAOQIAO_WORKER_1);
        assertThat(REGISTRY.authorizations()).contains("Bearer " + countyCentre);
    }

    @Test
    void registryThatDoesNotAnswerLeavesTheCaseWithTheCountyCentreToPlaceByHand() {
        REGISTRY.mode(FakeRegistry.Mode.SLOW).slowness(Duration.ofSeconds(5));
        Map<String, Object> call = reportIn(null, "STREET_LIGHT_OUT");
        call.remove("gridCode");
        call.putAll(Map.of("longitude", 114.71, "latitude", 37.01, "channel", "HOTLINE"));

        Api.Response created = api().post("/api/cases", countyCentre, call);
        UUID caseId = UUID.fromString(created.text("caseId"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("state")).isEqualTo("FILED");
        assertThat(created.text("unitCode")).isEqualTo(COUNTY);
        assertThat(created.body().path("awaitingPlacement").asBoolean()).isTrue();
        JsonNode waiting = api().get("/api/cases?unit=" + COUNTY + "&state=FILED&size=100", countyCentre).body();
        assertThat(waiting.path("items").valueStream().map(item -> item.path("id").asString())).contains(caseId.toString());

        Api.Response placed = actOk(countyCentre, caseId, "place", Map.of("gridCode", BEIJIASONG_GRID_1));

        assertThat(placed.text("state")).isEqualTo("ASSIGNED");
        assertThat(placed.text("assigneeId")).isEqualTo(BEIJIASONG_WORKER_1);
        assertThat(placed.body().path("awaitingPlacement").asBoolean()).isFalse();
    }

    @Test
    void locationOutsideEveryGridIsRejectedWithTheReason() {
        Map<String, Object> call = reportIn(null, "ENV_GARBAGE");
        call.remove("gridCode");
        call.putAll(Map.of("longitude", 116.39, "latitude", 39.91, "channel", "WEB_FORM"));

        Api.Response created = api().post("/api/public/cases", null, call);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("state")).isEqualTo("REJECTED");
        assertThat(created.text("rejectReason")).contains("outside every grid");
        Api.Response tracked = api().get("/api/public/cases/" + created.text("trackingCode"), null);
        assertThat(tracked.text("rejectReason")).contains("outside every grid");
    }

    @Test
    void reportsForARetiredGridOrAnUnknownCategoryAreRejected() {
        Api.Response retired = api().post("/api/cases", countyCentre, reportIn(NANJIASONG_RETIRED_GRID, "ENV_GARBAGE"));
        Api.Response unknown = api().post("/api/cases", countyCentre, reportIn(BEIJIASONG_GRID_1, "UFO_SIGHTING"));

        assertThat(retired.text("state")).isEqualTo("REJECTED");
        assertThat(retired.text("rejectReason")).contains("retired");
        assertThat(unknown.text("state")).isEqualTo("REJECTED");
        assertThat(unknown.text("rejectReason")).contains("UFO_SIGHTING");
    }

    @Test
    void caseInAGridWithoutAWorkerWaitsFiledUntilItsVillageTakesIt() {
        String nanjiasongCentre = token("c-njs", "COMMAND_CENTRE", NANJIASONG);
        UUID caseId = report(countyCentre, reportIn(NANJIASONG_GRID_WITHOUT_WORKER, "ENV_GARBAGE"));

        JsonNode waiting = api().get("/api/cases/" + caseId, nanjiasongCentre).body();
        Api.Response taken = actOk(nanjiasongCentre, caseId, "escalate", Map.of("reason", "no grid worker until the new one starts"));

        assertThat(waiting.path("state").asString()).isEqualTo("FILED");
        assertThat(waiting.path("level").asString()).isEqualTo("GRID");
        assertThat(taken.text("level")).isEqualTo("VILLAGE");
        assertThat(taken.text("unitCode")).isEqualTo(NANJIASONG);
    }

    @Test
    void actionTheLoopDoesNotAllowIsAConflictNamingStateAndActionAndChangesNothing() {
        UUID caseId = report(workerBjs1, reportIn(BEIJIASONG_GRID_1, "STREET_LITTER"));

        Api.Response refused = act(workerBjs1, caseId, "verify", Map.of("passed", true));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.text("type")).isEqualTo("urn:gridgov:problem:illegal-transition");
        assertThat(refused.text("state")).isEqualTo("ASSIGNED");
        assertThat(refused.text("action")).isEqualTo("VERIFY");
        assertThat(api().get("/api/cases/" + caseId + "/history", workerBjs1).body().size()).isEqualTo(3);
    }

    @Test
    void caseAtTheCountyHasNoLevelAbove() {
        UUID caseId = report(workerDongguan, reportIn(DONGGUAN_GRID_1, "NOISE_COMMERCIAL"));
        actOk(workerDongguan, caseId, "escalate", Map.of("reason", "the bar ignores the grid worker"));

        Api.Response refused = act(countyCentre, caseId, "escalate", Map.of("reason", "higher still"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("type")).isEqualTo("urn:gridgov:problem:no-level-above");
        assertThat(refused.text("level")).isEqualTo("COUNTY");
    }

    @Test
    void supervisedCaseIsFlaggedInListingsOnce() {
        UUID caseId = report(workerBjs1, reportIn(BEIJIASONG_GRID_1, "SEPTIC_TANK_BLOCKED"));

        Api.Response supervised = actOk(countyCentre, caseId, "supervise", Map.of("note", "third complaint this month"));
        Api.Response again = act(countyCentre, caseId, "supervise", Map.of());
        JsonNode listed = api().get("/api/cases?supervised=true&unit=" + BEIJIASONG_GRID_1 + "&size=100", workerBjs1).body();

        assertThat(supervised.body().path("supervised").asBoolean()).isTrue();
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("type")).isEqualTo("urn:gridgov:problem:already-supervised");
        assertThat(listed.path("items").valueStream())
                .anySatisfy(item -> assertThat(item.path("id").asString()).isEqualTo(caseId.toString()))
                .allSatisfy(item -> assertThat(item.path("supervised").asBoolean()).isTrue());
    }

    @Test
    void residentReportsWithoutAnAccountThroughTheirOwnChannelsOnly() {
        Map<String, Object> qr = reportIn(BEIJIASONG_GRID_1, "ILLEGAL_ADVERTISING");
        qr.put("channel", "QR_CODE");
        Map<String, Object> pretendingHotline = reportIn(BEIJIASONG_GRID_1, "ILLEGAL_ADVERTISING");
        pretendingHotline.put("channel", "HOTLINE");

        Api.Response created = api().post("/api/public/cases", null, qr);
        Api.Response refused = api().post("/api/public/cases", null, pretendingHotline);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("state")).isEqualTo("ASSIGNED");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").get(0).path("field").asString()).isEqualTo("channel");
    }

    @Test
    void reportThatGivesNoPlaceIsABadRequestAndStoresNothing() {
        Map<String, Object> nowhere = reportIn(null, "ENV_GARBAGE");
        nowhere.remove("gridCode");
        Integer before = jdbc.queryForObject("select count(*) from case_file", Integer.class);

        Api.Response refused = api().post("/api/cases", countyCentre, nowhere);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors").toString()).contains("give coordinates, a grid code or an address");
        assertThat(jdbc.queryForObject("select count(*) from case_file", Integer.class)).isEqualTo(before);
    }

    @Test
    void auditTrailCannotBeAlteredOrDeleted() {
        UUID caseId = report(workerBjs1, reportIn(BEIJIASONG_GRID_1, "STREET_LIGHT_OUT"));

        assertThatThrownBy(() -> jdbc.update("update case_event set reason = 'tidied' where case_id = ?", caseId))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from case_event where case_id = ?", caseId))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void categoriesAreOpenToEveryone() {
        Api.Response categories = api().get("/api/categories", null);

        assertThat(categories.status()).isEqualTo(200);
        assertThat(categories.body().path("categories").size()).isGreaterThanOrEqualTo(28);
        assertThat(categories.body().path("categories").get(0).path("names").path("zh-CN").asString()).isNotBlank();
    }

    @Test
    void readinessWaitsForTheTerritoryAsWellAsTheDatabaseAndTheBroker() {
        Api.Response readiness = api().get("/actuator/health/readiness", null);

        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.body().path("components").path("unitReplica").path("status").asString()).isEqualTo("UP");
        assertThat(readiness.body().path("components").has("db")).isTrue();
        assertThat(readiness.body().path("components").has("kafka")).isTrue();
    }

    @Test
    void commandCentreRejectsAPrankWithItsCodeAndTheResidentSeesOnlyTheCode() {
        try (Recording caseEvents = EventStreams.record(Topics.CASE_EVENTS)) {
            Map<String, Object> prank = reportIn(BEIJIASONG_GRID_1, "ENV_GARBAGE");
            prank.put("channel", "WECHAT");
            Api.Response created = api().post("/api/public/cases", null, prank);
            UUID caseId = UUID.fromString(created.text("caseId"));
            int trail = api().get("/api/cases/" + caseId + "/history", townCentre).body().size();

            Api.Response unknownCode = act(townCentre, caseId, "reject", Map.of("reasonCode", "JOKE", "note", "n"));
            Api.Response noNote = act(townCentre, caseId, "reject", Map.of("reasonCode", "PRANK"));
            Api.Response rejected = actOk(townCentre, caseId, "reject",
                    Map.of("reasonCode", "PRANK", "note", "the caller laughed and hung up"));
            Api.Response again = act(townCentre, caseId, "reject", Map.of("reasonCode", "INVALID", "note", "still"));

            assertThat(unknownCode.status()).isEqualTo(400);
            assertThat(unknownCode.body().path("errors").get(0).path("field").asString()).isEqualTo("reasonCode");
            assertThat(noNote.status()).isEqualTo(400);
            assertThat(noNote.body().path("errors").get(0).path("field").asString()).isEqualTo("note");
            assertThat(rejected.text("state")).isEqualTo("REJECTED");
            assertThat(rejected.text("rejectionCode")).isEqualTo("PRANK");
            assertThat(rejected.text("dueAt")).isNull();
            assertThat(again.status()).isEqualTo(409);
            assertThat(again.text("state")).isEqualTo("REJECTED");
            JsonNode history = api().get("/api/cases/" + caseId + "/history", townCentre).body();
            assertThat(history.size()).isEqualTo(trail + 1);
            assertThat(history.get(trail).path("action").asString()).isEqualTo("REJECT");
            assertThat(history.get(trail).path("from").asString()).isEqualTo("ASSIGNED");
            assertThat(history.get(trail).path("actor").path("id").asString()).isEqualTo("c-jiasong");
            assertThat(history.get(trail).path("reason").asString()).isEqualTo("PRANK: the caller laughed and hung up");

            JsonNode tracked = api().get("/api/public/cases/" + created.text("trackingCode"), null).body();
            assertThat(tracked.path("state").asString()).isEqualTo("REJECTED");
            assertThat(tracked.path("rejectionCode").asString()).isEqualTo("PRANK");
            assertThat(tracked.toString()).doesNotContain("laughed");
            StreamedEvent event = caseEvents.await(streamed -> caseId.toString().equals(streamed.key())
                    && streamed.event().getType().equals("org.gridgov.case.rejected.v1"));
            assertThat(event.data(CaseRejected.class).reasonCode()).isEqualTo("PRANK");
            validAndFreeOfPersonalData(event);
        }
    }

    @Test
    void caseADepartmentTookIsNoLongerRejectedButReturned() {
        UUID caseId = report(workerDongguan, reportIn(DONGGUAN_GRID_1, "STREET_VENDING"));
        actOk(workerDongguan, caseId, "escalate", Map.of("reason", "vendors with a truck"));
        actOk(countyCentre, caseId, "dispatch", Map.of("departmentCode", "URBAN_MGMT"));

        Api.Response refused = act(countyCentre, caseId, "reject", Map.of("reasonCode", "INVALID", "note", "gone"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("type")).isEqualTo("urn:gridgov:problem:illegal-transition");
        assertThat(refused.text("state")).isEqualTo("DISPATCHED");
        assertThat(refused.text("action")).isEqualTo("REJECT");
    }

    @Test
    void closedCaseReopenedByTheCentreGoesBackToItsGridWorkerWithAFreshDeadline() {
        try (Recording caseEvents = EventStreams.record(Topics.CASE_EVENTS)) {
            UUID caseId = closedInBeijiasong("STREET_LIGHT_OUT");
            String inspector = token("i-county", "INSPECTOR", COUNTY);

            Api.Response noReason = act(villageCentre, caseId, "reopen", Map.of("reason", " "));
            Api.Response byInspector = act(inspector, caseId, "reopen", Map.of("reason", "dark again"));
            Api.Response byWorker = act(workerBjs1, caseId, "reopen", Map.of("reason", "dark again"));
            Api.Response reopened = actOk(villageCentre, caseId, "reopen", Map.of("reason", "the lamp is dark again"));

            assertThat(noReason.status()).isEqualTo(400);
            assertThat(noReason.body().path("errors").get(0).path("field").asString()).isEqualTo("reason");
            assertThat(byInspector.status()).isEqualTo(403);
            assertThat(byWorker.status()).isEqualTo(403);
            assertThat(reopened.text("state")).isEqualTo("REOPENED");
            assertThat(reopened.text("assigneeId")).isEqualTo(BEIJIASONG_WORKER_1);
            assertThat(reopened.text("stage")).isEqualTo("GRID_HANDLING");
            assertThat(Instant.parse(reopened.text("dueAt"))).isAfter(Instant.parse(reopened.text("updatedAt")));
            assertThat(reopened.text("closedAt")).isNull();
            assertThat(reopened.body().path("reworkCount").asInt()).isEqualTo(1);
            JsonNode history = api().get("/api/cases/" + caseId + "/history", villageCentre).body();
            JsonNode last = history.get(history.size() - 1);
            assertThat(last.path("action").asString()).isEqualTo("REOPEN");
            assertThat(last.path("from").asString()).isEqualTo("CLOSED");
            assertThat(last.path("actor").path("id").asString()).isEqualTo("c-bjs");
            assertThat(last.path("reason").asString()).isEqualTo("the lamp is dark again");
            CaseReopened event = caseEvents.await(streamed -> caseId.toString().equals(streamed.key())
                    && streamed.event().getType().equals("org.gridgov.case.reopened.v1")).data(CaseReopened.class);
            assertThat(event.cause()).isEqualTo("SUPERVISOR");
            assertThat(event.verifierId()).isEqualTo("c-bjs");
            assertThat(event.dueAt()).isEqualTo(Instant.parse(reopened.text("dueAt")));

            actOk(workerBjs1, caseId, "resolve", Map.of("notes", "new bulb"));
            assertThat(actOk(workerBjs1, caseId, "verify", Map.of("passed", true)).text("state")).isEqualTo("CLOSED");
            assertThat(act(workerBjs1, caseId, "verify", Map.of("passed", false, "note", "reopen by verifying"))
                    .status()).isEqualTo(409);
        }
    }

    @Test
    void departmentSendsBackTheClosedCaseItHandled() {
        UUID caseId = report(workerBjs2, reportIn(BEIJIASONG_GRID_2, "DRAIN_BLOCKED"));
        actOk(workerBjs2, caseId, "escalate", Map.of("reason", "needs a digger"));
        actOk(villageCentre, caseId, "dispatch", Map.of("departmentCode", "URBAN_MGMT"));
        String urban = department("h-urban", "URBAN_MGMT");
        String transport = department("h-transport", "TRANSPORT");
        actOk(urban, caseId, "feedback", Map.of("outcome", "RESOLVED", "summary", "drain cleared"));
        actOk(workerBjs2, caseId, "verify", Map.of("passed", true));

        Api.Response otherDepartment = act(transport, caseId, "reopen", Map.of("reason", "not ours to judge"));
        Api.Response reopened = actOk(urban, caseId, "reopen", Map.of("reason", "our pipe gave way again"));

        assertThat(otherDepartment.status()).isEqualTo(404);
        assertThat(reopened.text("state")).isEqualTo("REOPENED");
        assertThat(reopened.text("departmentCode")).isEqualTo("URBAN_MGMT");
        assertThat(reopened.text("stage")).isEqualTo("DEPARTMENT_HANDLING");
        assertThat(actOk(urban, caseId, "feedback", Map.of("outcome", "RESOLVED", "summary", "pipe relaid")).text("state"))
                .isEqualTo("HANDLED");
    }

    @Test
    void residentsLowRatingSoonAfterTheCloseReopensTheCaseWithTheirComment() {
        try (Recording caseEvents = EventStreams.record(Topics.CASE_EVENTS)) {
            Api.Response created = residentReportClosedInBeijiasong("ENV_GARBAGE");
            UUID caseId = UUID.fromString(created.text("caseId"));
            String trackingCode = created.text("trackingCode");

            Api.Response rated = api().post("/api/public/cases/" + trackingCode + "/evaluation", null,
                    Map.of("rating", 1, "comment", "the pile is back behind the school"));

            assertThat(rated.status()).isEqualTo(200);
            assertThat(rated.text("state")).isEqualTo("REOPENED");
            assertThat(rated.body().path("rating").asInt()).isEqualTo(1);
            assertThat(rated.body().path("mayEvaluate").asBoolean()).isFalse();
            assertThat(rated.body().path("steps").valueStream().map(step -> step.path("state").asString()))
                    .endsWith("CLOSED", "EVALUATED", "REOPENED");
            JsonNode history = api().get("/api/cases/" + caseId + "/history", workerBjs1).body();
            JsonNode last = history.get(history.size() - 1);
            assertThat(last.path("action").asString()).isEqualTo("REOPEN");
            assertThat(last.path("actor").path("role").asString()).isEqualTo("RESIDENT");
            assertThat(last.path("reason").asString()).isEqualTo("the pile is back behind the school");
            JsonNode atWorker = api().get("/api/cases/" + caseId, workerBjs1).body();
            assertThat(atWorker.path("assigneeId").asString()).isEqualTo(BEIJIASONG_WORKER_1);
            assertThat(atWorker.path("stage").asString()).isEqualTo("GRID_HANDLING");
            CaseReopened event = caseEvents.await(streamed -> caseId.toString().equals(streamed.key())
                    && streamed.event().getType().equals("org.gridgov.case.reopened.v1")).data(CaseReopened.class);
            assertThat(event.cause()).isEqualTo("RESIDENT");
            assertThat(ofKey(caseEvents, caseId.toString())).allSatisfy(CaseLoopTest::validAndFreeOfPersonalData);
        }
    }

    @Test
    void residentsRatingIsOnlyRecordedWhenFairOrLongAfterTheClose() {
        Api.Response fair = residentReportClosedInBeijiasong("STREET_LITTER");
        Api.Response late = residentReportClosedInBeijiasong("STREET_LITTER");
        // Closed eight days ago: past the week in which a low rating reopens.
        jdbc.update("update case_file set closed_at = closed_at - interval '8 days' where id = ?",
                UUID.fromString(late.text("caseId")));

        Api.Response three = api().post("/api/public/cases/" + fair.text("trackingCode") + "/evaluation", null,
                Map.of("rating", 3));
        Api.Response oneLate = api().post("/api/public/cases/" + late.text("trackingCode") + "/evaluation", null,
                Map.of("rating", 1, "comment", "dirty again"));

        assertThat(three.text("state")).isEqualTo("EVALUATED");
        assertThat(oneLate.text("state")).isEqualTo("EVALUATED");
        assertThat(oneLate.body().path("rating").asInt()).isEqualTo(1);
    }

    @Test
    void notificationReadsTheReportersContactWithItsOwnTokenAndEveryReadIsLogged() {
        String notification = DevTokens.forAccount("notification").roles("SERVICE").sign();
        Api.Response created = residentReportClosedInBeijiasong("ILLEGAL_ADVERTISING");
        UUID caseId = UUID.fromString(created.text("caseId"));
        UUID withoutContact = report(workerBjs1, reportIn(BEIJIASONG_GRID_1, "ILLEGAL_ADVERTISING"));

        Api.Response read = api().get("/api/cases/" + caseId + "/reporter-contact", notification);
        Api.Response none = api().get("/api/cases/" + withoutContact + "/reporter-contact", notification);
        Api.Response byStaff = api().get("/api/cases/" + caseId + "/reporter-contact", countyCentre);
        Api.Response elsewhere = api().get("/api/cases/" + caseId, notification);
        Api.Response badId = api().get("/api/cases/not-a-case/reporter-contact", notification);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.text("contact")).isEqualTo(RESIDENT_CONTACT);
        assertThat(read.text("trackingCode")).isEqualTo(created.text("trackingCode"));
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.body().toString()).doesNotContain(RESIDENT_CONTACT);
        assertThat(byStaff.status()).isEqualTo(403);
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.body().path("errors").get(0).path("field").asString()).isEqualTo("caseId");
        api().get("/api/cases/" + caseId, countyCentre);
        List<Map<String, Object>> reads = jdbc.queryForList(
                "select * from reporter_contact_read where case_id in (?, ?) order by id", caseId, withoutContact);
        assertThat(reads).extracting(row -> row.get("reader_id") + "/" + row.get("reader_role") + "/"
                + row.get("purpose") + "/" + row.get("found")).containsExactly(
                "notification/SERVICE/NOTIFY_REPORTER/true", "notification/SERVICE/NOTIFY_REPORTER/false",
                "c-county/COMMAND_CENTRE/CALL_BACK/true");
        assertThat(reads.toString()).doesNotContain(RESIDENT_CONTACT);
    }

    @Test
    void openApiDocumentListsEveryEndpoint() {
        JsonNode paths = api().get("/v3/api-docs", null).body().path("paths");

        for (String path : List.of("/api/cases", "/api/cases/{caseId}", "/api/cases/{caseId}/history",
                "/api/cases/{caseId}/escalate", "/api/cases/{caseId}/place", "/api/cases/{caseId}/dispatch",
                "/api/cases/{caseId}/feedback", "/api/cases/{caseId}/return", "/api/cases/{caseId}/resolve",
                "/api/cases/{caseId}/verify", "/api/cases/{caseId}/evaluation", "/api/cases/{caseId}/supervise",
                "/api/public/cases", "/api/public/cases/{trackingCode}", "/api/public/cases/{trackingCode}/evaluation",
                "/api/categories", "/api/cases/{caseId}/unlink", "/api/indicators", "/api/admin/indicators/rebuild",
                "/api/admin/indicators/projection", "/api/cases/{caseId}/reject", "/api/cases/{caseId}/reopen",
                "/api/cases/{caseId}/reporter-contact")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
    }

    /** A case reported by a grid worker in Beijiasong's first grid, resolved there and closed. */
    private UUID closedInBeijiasong(String category) {
        UUID caseId = report(workerBjs1, reportIn(BEIJIASONG_GRID_1, category));
        actOk(workerBjs1, caseId, "resolve", Map.of("notes", "done on the spot"));
        actOk(workerBjs1, caseId, "verify", Map.of("passed", true));
        return caseId;
    }

    /** A resident's report with their contact, in Beijiasong's first grid, resolved there and closed. */
    private Api.Response residentReportClosedInBeijiasong(String category) {
        Map<String, Object> report = reportIn(BEIJIASONG_GRID_1, category);
        report.put("channel", "WECHAT");
        report.put("reporterContact", RESIDENT_CONTACT);
        Api.Response created = api().post("/api/public/cases", null, report);
        UUID caseId = UUID.fromString(created.text("caseId"));
        actOk(workerBjs1, caseId, "resolve", Map.of("notes", "done on the spot"));
        actOk(workerBjs1, caseId, "verify", Map.of("passed", true));
        return created;
    }

    private void awaitState(UUID caseId, String state) {
        String admin = admin();
        await("case " + caseId + " " + state).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> state.equals(api().get("/api/cases/" + caseId, admin).text("state")));
    }

    private static StreamedEvent feedback(UUID caseId, String department, String outcome, String summary) {
        UUID feedbackId = UUID.randomUUID();
        DepartmentFeedback feedback = new DepartmentFeedback(feedbackId, caseId, department, "handler-7", outcome,
                summary, Instant.now());
        return new StreamedEvent(Topics.CASE_FEEDBACK, caseId.toString(), CloudEventCodec.toCloudEvent(
                feedbackId.toString(), URI.create("/departments/" + department.toLowerCase()), caseId.toString(),
                Instant.now(), feedback));
    }

    private static List<StreamedEvent> ofKey(Recording recording, String key) {
        return recording.events().stream().filter(event -> key.equals(event.key())).toList();
    }

    private static void validAndFreeOfPersonalData(StreamedEvent event) {
        byte[] data = event.event().getData().toBytes();
        assertThat(EventSchemas.problems(event.event().getType(), data)).as(event.event().getType()).isEmpty();
        assertThat(new String(data, StandardCharsets.UTF_8)).doesNotContain(RESIDENT_CONTACT);
    }
}
