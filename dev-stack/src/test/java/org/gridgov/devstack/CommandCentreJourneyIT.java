package org.gridgov.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gridgov.devstack.JourneyStack.body;
import static org.gridgov.devstack.JourneyStack.token;
import static org.gridgov.devstack.JourneyTerritory.COUNTY;
import static org.gridgov.devstack.JourneyTerritory.RURAL_GRID;
import static org.gridgov.devstack.JourneyTerritory.RURAL_TOWN;
import static org.gridgov.devstack.JourneyTerritory.RURAL_WORKER;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The command centres of the town and the county: they place what could not be placed, take what
 * climbs to them, send it to a department, and press (supervise) where a case drags.
 */
class CommandCentreJourneyIT extends Journey {

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
        String town = token(JourneyTerritory.TOWN_CENTRE, "COMMAND_CENTRE", RURAL_TOWN);
        String caseId = stack.post("/api/cases", worker, body("category", "DRAIN_BLOCKED", "gridCode", RURAL_GRID,
                "description", "The culvert under the village road is blocked.", "channel", "GRID_WORKER_APP"))
                .path("caseId").asString();
        stack.post("/api/cases/" + caseId + "/escalate", worker, body("reason", "Needs machinery."));
        String leader = token(JourneyTerritory.LEADER, "GRID_LEADER", JourneyTerritory.RURAL_VILLAGE);
        JsonNode atTown = stack.post("/api/cases/" + caseId + "/escalate", leader, body("reason", "Beyond the village."));
        assertThat(atTown.path("unitCode").asString()).isEqualTo(RURAL_TOWN);
        await("the town centre's operator hears of the escalation").atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(stack.get("/api/notifications?size=100", town).path("items").toString()).contains(caseId));

        JsonNode dispatched = stack.post("/api/cases/" + caseId + "/dispatch", town,
                body("departmentCode", "WATER_RESOURCES", "instructions", "Clear the culvert."));
        JsonNode supervised = stack.post("/api/cases/" + caseId + "/supervise", town, body("note", "Rain is forecast."));

        assertThat(dispatched.path("state").asString()).isEqualTo("DISPATCHED");
        assertThat(supervised.path("supervised").asBoolean()).isTrue();
        assertThat(stack.get("/api/cases?supervised=true&size=100", town).toString()).contains(caseId);
    }

    @Test
    void theTownCentreRejectsAPrankWithItsReasonAndTheResidentSeesItRejected() {
        String town = token(JourneyTerritory.TOWN_CENTRE, "COMMAND_CENTRE", RURAL_TOWN);
        JsonNode reported = stack.post("/api/public/cases", null, body("category", "ENV_GARBAGE",
                "description", "A dragon is eating the rubbish bins.", "channel", "WEB_FORM",
                "gridCode", RURAL_GRID));
        String caseId = reported.path("caseId").asString();

        JsonNode rejected = stack.post("/api/cases/" + caseId + "/reject", town,
                body("reasonCode", "PRANK", "note", "Called back: a child's joke."));
        Api.Answer noReason = stack.gateway().post("/api/cases/" + caseId + "/reject", town, body("note", "x"));

        assertThat(rejected.path("state").asString()).isEqualTo("REJECTED");
        assertThat(rejected.path("rejectionCode").asString()).isEqualTo("PRANK");
        assertThat(noReason.status()).isIn(400, 409);
        assertThat(stack.get("/api/public/cases/" + reported.path("trackingCode").asString(), null)
                .toString()).contains("REJECTED").doesNotContain("a child's joke");
    }

    @Test
    void theTownCentreReopensAClosedCaseWhoseProblemCameBack() {
        String worker = token(RURAL_WORKER, "GRID_WORKER", RURAL_GRID);
        String town = token(JourneyTerritory.TOWN_CENTRE, "COMMAND_CENTRE", RURAL_TOWN);
        String caseId = stack.post("/api/cases", worker, body("category", "ENV_GARBAGE", "gridCode", RURAL_GRID,
                "description", "Rubbish in the ditch by the mill.", "channel", "GRID_WORKER_APP")).path("caseId").asString();
        stack.post("/api/cases/" + caseId + "/resolve", worker, body("notes", "Cleared."));
        stack.post("/api/cases/" + caseId + "/verify", worker, body("passed", true, "note", "Clear."));

        JsonNode reopened = stack.post("/api/cases/" + caseId + "/reopen", town,
                body("reason", "A patrol found the ditch full again."));
        Api.Answer byTheWorker = stack.gateway().post("/api/cases/" + caseId + "/reopen", worker, body("reason", "Again."));

        assertThat(reopened.path("state").asString()).isEqualTo("REOPENED");
        assertThat(reopened.path("assigneeId").asString()).isEqualTo(RURAL_WORKER);
        assertThat(byTheWorker.status()).isIn(403, 409);
    }
}
