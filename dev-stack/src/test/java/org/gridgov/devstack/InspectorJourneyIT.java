package org.gridgov.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.devstack.JourneyStack.body;
import static org.gridgov.devstack.JourneyStack.token;
import static org.gridgov.devstack.JourneyTerritory.COUNTY;
import static org.gridgov.devstack.JourneyTerritory.RURAL_GRID;
import static org.gridgov.devstack.JourneyTerritory.RURAL_WORKER;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An inspector of the county reads the whole audit trail of a case, and can change nothing. */
class InspectorJourneyIT extends Journey {

    @Test
    void theInspectorReadsWhoDidWhatAndWhyAndChangesNothing() {
        String worker = token(RURAL_WORKER, "GRID_WORKER", RURAL_GRID);
        String inspector = token("insp-e2e", "INSPECTOR", COUNTY);
        String caseId = stack.post("/api/cases", worker, body("category", "ENV_GARBAGE", "gridCode", RURAL_GRID,
                "description", "Burning rubbish in the field.", "channel", "GRID_WORKER_APP")).path("caseId").asString();
        stack.post("/api/cases/" + caseId + "/escalate", worker, body("reason", "The smoke reaches the school."));

        JsonNode history = stack.get("/api/cases/" + caseId + "/history", inspector);
        List<String> reached = new ArrayList<>();
        (history.isArray() ? history : history.path("items")).forEach(row -> reached.add(row.path("to").asString()));

        assertThat(reached).containsSubsequence("ASSIGNED", "ESCALATED");
        assertThat(history.toString()).contains(RURAL_WORKER, "The smoke reaches the school.");
        assertThat(stack.gateway().post("/api/cases/" + caseId + "/escalate", inspector,
                body("reason", "Trying to act.")).status()).isEqualTo(403);
    }
}
