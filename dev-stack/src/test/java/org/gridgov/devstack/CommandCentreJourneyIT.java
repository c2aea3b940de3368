package org.gridgov.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.devstack.JourneyStack.body;
import static org.gridgov.devstack.JourneyStack.token;
import static org.gridgov.devstack.JourneyTerritory.COUNTY;
import static org.gridgov.devstack.JourneyTerritory.RURAL_GRID;
import static org.gridgov.devstack.JourneyTerritory.RURAL_TOWN;
import static org.gridgov.devstack.JourneyTerritory.RURAL_WORKER;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The command centres of the town and the county: they place what could not be placed, take what
 * climbs to them, send it to a department, and press (supervise) where a case drags.
 */
@ExtendWith(JourneyStack.class)
class CommandCentreJourneyIT {

    private static JourneyStack.Running stack;

    @BeforeAll
    static void onTheJourneyStack() {
        stack = JourneyStack.running();
    }

    @Test
    void theCountyCentrePlacesAReportThatGaveOnlyAnAddressAndItReachesTheGridWorker() {
        String county = token("cc-e2e-county", "COMMAND_CENTRE", COUNTY);
        String worker = token(RURAL_WORKER, "GRID_WORKER", RURAL_GRID);

        JsonNode reported = stack.post("/api/public/cases", null, body("category", "ENV_GARBAGE",
                "description", "Rubbish dumped by the old brick kiln.", "channel", "WEB_FORM",
                "addressText", "贾宋镇, by the old brick kiln"));
        String caseId = reported.path("caseId").asString();

        JsonNode waiting = stack.get("/api/cases/" + caseId, county);
        assertThat(waiting.path("awaitingPlacement").asBoolean()).isTrue();
        assertThat(waiting.path("unitCode").asString()).isEqualTo(COUNTY);
        assertThat(stack.gateway().get("/api/cases/" + caseId, worker).status()).isEqualTo(404);

        JsonNode placed = stack.post("/api/cases/" + caseId + "/place", county, body("gridCode", RURAL_GRID));

        assertThat(placed.path("awaitingPlacement").asBoolean()).isFalse();
        assertThat(placed.path("gridCode").asString()).isEqualTo(RURAL_GRID);
        assertThat(stack.get("/api/cases/" + caseId, worker).path("assigneeId").asString()).isEqualTo(RURAL_WORKER);
    }

    @Test
    void theTownCentreDispatchesWhatClimbedToItAndSupervisesItWhileTheDepartmentWorks() {
        String worker = token(RURAL_WORKER, "GRID_WORKER", RURAL_GRID);
        String town = token("cc-e2e-" + RURAL_TOWN, "COMMAND_CENTRE", RURAL_TOWN);
        String caseId = stack.post("/api/cases", worker, body("category", "DRAIN_BLOCKED", "gridCode", RURAL_GRID,
                "description", "The culvert under the village road is blocked.", "channel", "GRID_WORKER_APP"))
                .path("caseId").asString();
        stack.post("/api/cases/" + caseId + "/escalate", worker, body("reason", "Needs machinery."));
        String leader = token(JourneyTerritory.LEADER, "GRID_LEADER", JourneyTerritory.RURAL_VILLAGE);
        JsonNode atTown = stack.post("/api/cases/" + caseId + "/escalate", leader, body("reason", "Beyond the village."));
        assertThat(atTown.path("unitCode").asString()).isEqualTo(RURAL_TOWN);

        JsonNode dispatched = stack.post("/api/cases/" + caseId + "/dispatch", town,
                body("departmentCode", "WATER_RESOURCES", "instructions", "Clear the culvert."));
        JsonNode supervised = stack.post("/api/cases/" + caseId + "/supervise", town, body("note", "Rain is forecast."));

        assertThat(dispatched.path("state").asString()).isEqualTo("DISPATCHED");
        assertThat(supervised.path("supervised").asBoolean()).isTrue();
        assertThat(stack.get("/api/cases?supervised=true&size=100", town).toString()).contains(caseId);
    }
}
