package org.gridgov.disputes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gridgov.disputes.Api.*;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.EventTypes;
import org.gridgov.events.Topics;
import org.gridgov.events.cases.CaseFiled;
import org.gridgov.events.disputes.DisputeSettled;
import org.gridgov.testing.ApiAllowLists;
import org.gridgov.testing.EventStreams;
import org.gridgov.testing.Recording;
import org.gridgov.testing.StreamedEvent;
import org.gridgov.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;

/** Disputes opened from case-workflow's events, and who sees and acts on which dispute. */
@DisputeServiceTest
class CaseOpeningAndTerritoryTest extends RunningService {

    private static final Path CASE_EVENTS = Path.of("src/test/resources/streams/case-events-disputes.jsonl");
    private static final UUID NEIGHBOURS_CASE = UUID.fromString("ca5e0000-0000-4000-8000-000000000001");
    private static final UUID LAND_CASE = UUID.fromString("ca5e0000-0000-4000-8000-000000000002");
    private static final UUID GARBAGE_CASE = UUID.fromString("ca5e0000-0000-4000-8000-000000000003");

    @Test
    void replayedCaseStreamOpensOneDisputePerDisputeCaseAndReplayingItAgainChangesNothing() {
        EventStreams.replay(CASE_EVENTS);
        await().until(() -> disputesOf(NEIGHBOURS_CASE) == 1 && disputesOf(LAND_CASE) == 1);
        EventStreams.replay(CASE_EVENTS);
        // A fresh case behind the replayed ones: once it has a dispute, the second replay has been read too.
        UUID marker = UUID.randomUUID();
        EventStreams.replay(TestInfrastructure.get().kafkaBootstrapServers(), List.of(filed(marker, "NEIGHBOUR_DISPUTE", GRID, "GRID", "NORMAL")));
        await().until(() -> disputesOf(marker) == 1);

        assertThat(disputesOf(NEIGHBOURS_CASE)).isEqualTo(1);
        assertThat(disputesOf(LAND_CASE)).isEqualTo(1);
        assertThat(disputesOf(GARBAGE_CASE)).isZero();
        assertThat(jdbc.queryForMap("select level, unit_code, source, risk_level from dispute where case_id = ?", NEIGHBOURS_CASE))
                .containsEntry("level", "GRID").containsEntry("unit_code", GRID).containsEntry("source", "CASE");
        assertThat(jdbc.queryForMap("select level, unit_code, risk_level from dispute where case_id = ?", LAND_CASE))
                .containsEntry("level", "TOWN").containsEntry("unit_code", TOWN).containsEntry("risk_level", "MEDIUM");
    }

    @Test
    void settlingADisputeFromACasePublishesTheCaseSoItCanCloseWithIt() {
        UUID caseId = UUID.randomUUID();
        EventStreams.replay(TestInfrastructure.get().kafkaBootstrapServers(), List.of(filed(caseId, "NEIGHBOUR_DISPUTE", GRID, "GRID", "NORMAL")));
        await().until(() -> disputesOf(caseId) == 1);
        String id = jdbc.queryForObject("select id::text from dispute where case_id = ?", String.class, caseId);
        String worker = token("worker-1", "GRID_WORKER", GRID);

        try (Recording recording = EventStreams.record(Topics.DISPUTE_EVENTS)) {
            Reply party = api.post("/api/disputes/" + id + "/parties", worker, resident("APPLICANT"));
            api.post("/api/disputes/" + id + "/parties", worker, resident("RESPONDENT"));
            api.record(id, api.schedule(id, worker, "worker-1"), worker, "AGREED");
            Reply settled = api.settle(id, worker, null, null);

            assertThat(party.status()).isEqualTo(201);
            assertThat(settled.text("state")).isEqualTo("SETTLED");
            DisputeSettled published = recording.await(event -> id.equals(event.key())
                    && event.event().getType().equals(EventTypes.typeOf(DisputeSettled.class))).data(DisputeSettled.class);
            assertThat(published.caseId()).isEqualTo(caseId);
            assertThat(published.level()).isEqualTo("GRID");
        }
    }

    @Test
    void eachCallerSeesAndActsOnTheDisputesOfItsLevelAndTerritoryOnly() {
        String inTheVillage = api.post("/api/disputes", countyCentre(), dispute("NEIGHBOURS", GRID, "MEDIUM", 2, resident("APPLICANT"))).id();
        String inTheTown = api.post("/api/disputes", countyCentre(), dispute("NEIGHBOURS", GRID, "LOW", 12, resident("APPLICANT"))).id();
        String inTheOtherTown = api.post("/api/disputes", countyCentre(), dispute("LAND", OTHER_GRID, "LOW", 2, resident("APPLICANT"))).id();
        List<String> disputes = List.of(inTheVillage, inTheTown, inTheOtherTown);
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("grid worker", token("worker-1", "GRID_WORKER", GRID));
        callers.put("village mediator", token("village-mediator-1", "MEDIATOR", VILLAGE));
        callers.put("town mediator", token("town-mediator-1", "MEDIATOR", TOWN));
        callers.put("other town's mediator", token("other-town-mediator", "MEDIATOR", OTHER_TOWN));
        callers.put("town command centre", token("town-centre-1", "COMMAND_CENTRE", TOWN));
        callers.put("county inspector", token("inspector-1", "INSPECTOR", COUNTY));
        callers.put("department handler", token("handler-1", "DEPARTMENT_HANDLER", COUNTY));
        callers.put("administrator", admin());
        Map<String, List<Boolean>> expected = new LinkedHashMap<>();
        expected.put("grid worker", List.of(true, true, false));
        expected.put("village mediator", List.of(true, false, false));
        expected.put("town mediator", List.of(false, true, false));
        expected.put("other town's mediator", List.of(false, false, false));
        expected.put("town command centre", List.of(true, true, false));
        expected.put("county inspector", List.of(true, true, true));
        expected.put("department handler", List.of(false, false, false));
        expected.put("administrator", List.of(true, true, true));

        Map<String, List<Boolean>> seen = new LinkedHashMap<>();
        Map<String, List<Boolean>> listed = new LinkedHashMap<>();
        callers.forEach((caller, token) -> {
            seen.put(caller, disputes.stream().map(id -> api.get("/api/disputes/" + id, token).status() == 200).toList());
            List<String> ids = new ArrayList<>();
            api.get("/api/disputes?limit=500", token).body().forEach(view -> ids.add(view.path("id").asString()));
            listed.put(caller, disputes.stream().map(ids::contains).toList());
        });

        assertThat(seen).isEqualTo(expected);
        assertThat(listed).isEqualTo(expected);
        Map<String, Object> escalation = Map.of("cause", "EXPLICIT", "reason", "the committee asks the town to take it");
        assertThat(api.post("/api/disputes/" + inTheVillage + "/escalate", callers.get("county inspector"), escalation).status()).isEqualTo(403);
        assertThat(api.post("/api/disputes/" + inTheVillage + "/escalate", callers.get("grid worker"), escalation).status()).isEqualTo(403);
        assertThat(api.post("/api/disputes/" + inTheTown + "/escalate", callers.get("village mediator"), escalation).status()).isEqualTo(404);
        assertThat(api.post("/api/disputes/" + inTheVillage + "/escalate", callers.get("village mediator"), escalation).status()).isEqualTo(200);
        assertThat(api.post("/api/disputes", callers.get("grid worker"),
                dispute("NEIGHBOURS", OTHER_GRID, "LOW", 2, resident("APPLICANT"))).status()).isEqualTo(403);
        assertThat(api.get("/api/disputes/" + inTheVillage, null).status()).isEqualTo(401);
    }

    @Test
    void everyEndpointNamesTheRolesThatMayCallItAndAdministratorsMediateNothing() {
        Map<String, List<String>> roles = ApiAllowLists.read(port);

        assertThat(roles.get("POST /api/disputes/{disputeId}/settle")).contains("MEDIATOR").doesNotContain("ADMIN", "INSPECTOR");
        assertThat(roles).allSatisfy((operation, names) -> assertThat(names).as(operation).doesNotContain("ANONYMOUS", "SERVICE"));
        assertThat(api.post("/api/disputes", admin(), dispute("NEIGHBOURS", GRID, "LOW", 2, resident("APPLICANT"))).status())
                .isEqualTo(403);
    }

    @Test
    void aRefusedRoleIsForbiddenBeforeItsDisputeIsValidated() {
        Reply refused = api.post("/api/disputes", token("inspector-1", "INSPECTOR", COUNTY), Map.of("type", "NOT_A_TYPE"));

        assertThat(refused.status()).isEqualTo(403);
    }

    private int disputesOf(UUID caseId) {
        return jdbc.queryForObject("select count(*) from dispute where case_id = ?", Integer.class, caseId);
    }

    private static StreamedEvent filed(UUID caseId, String category, String unitCode, String level, String severity) {
        Instant now = Instant.now();
        CaseFiled payload = new CaseFiled(caseId, UUID.randomUUID(), category, GRID, unitCode, level, severity, "GRID_WORKER_APP", now);
        return new StreamedEvent(Topics.CASE_EVENTS, caseId.toString(), CloudEventCodec.toCloudEvent(
                UUID.randomUUID().toString(), URI.create("/gridgov/case-workflow"), caseId.toString(), now, payload));
    }
}
