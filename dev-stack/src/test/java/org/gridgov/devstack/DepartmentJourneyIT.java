package org.gridgov.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.devstack.JourneyStack.body;
import static org.gridgov.devstack.JourneyStack.token;
import static org.gridgov.devstack.JourneyTerritory.COUNTY;
import static org.gridgov.devstack.JourneyTerritory.URBAN_GRID;
import static org.gridgov.devstack.JourneyTerritory.URBAN_WORKER;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A department's handler on the REST API (the Kafka path is in {@link CaseLoopEndToEndIT}): sees only
 * what was dispatched to the department, answers it, and cannot touch another department's case.
 */
class DepartmentJourneyIT extends Journey {

    @Test
    void theHandlerSeesTheCaseDispatchedToItsDepartmentAndReportsItHandled() {
        String worker = token(URBAN_WORKER, "GRID_WORKER", URBAN_GRID);
        String county = token("cc-e2e-county", "COMMAND_CENTRE", COUNTY);
        String handler = DevHandler.of("URBAN_MGMT");
        String otherDepartment = DevHandler.of("WATER_RESOURCES");
        String caseId = stack.post("/api/cases", worker, body("category", "ENV_GARBAGE", "gridCode", URBAN_GRID,
                "description", "A skip has not been emptied for a week.", "channel", "GRID_WORKER_APP"))
                .path("caseId").asString();
        stack.post("/api/cases/" + caseId + "/escalate", worker, body("reason", "Needs the sanitation fleet."));
        stack.post("/api/cases/" + caseId + "/dispatch", county, body("departmentCode", "URBAN_MGMT"));

        assertThat(stack.get("/api/cases?size=100", handler).toString()).contains(caseId);
        assertThat(stack.gateway().get("/api/cases/" + caseId, otherDepartment).status()).isEqualTo(404);
        assertThat(stack.gateway().post("/api/cases/" + caseId + "/feedback", otherDepartment,
                body("outcome", "RESOLVED", "summary", "Not ours.")).status()).isIn(403, 404);

        JsonNode handled = stack.post("/api/cases/" + caseId + "/feedback", handler, body("feedbackId", UUID.randomUUID(),
                "outcome", "RESOLVED", "summary", "Skip emptied, collection round added."));

        assertThat(handled.path("state").asString()).isEqualTo("HANDLED");
        assertThat(stack.get("/api/cases/" + caseId, worker).path("handlingSummary").asString())
                .isEqualTo("Skip emptied, collection round added.");
    }

    @Test
    void badFeedbackIsRefusedWithTheFieldAndTheReason() {
        String handler = DevHandler.of("URBAN_MGMT");

        Api.Answer refused = stack.gateway().post("/api/cases/" + UUID.randomUUID() + "/feedback", handler,
                body("outcome", "RESOLVED"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().toString()).contains("summary");
    }

    /** A department handler's development token. */
    private static final class DevHandler {
        static String of(String department) {
            return org.gridgov.testing.DevTokens.forAccount("dh-e2e-" + department).roles("DEPARTMENT_HANDLER")
                    .department(department).sign();
        }
    }
}
