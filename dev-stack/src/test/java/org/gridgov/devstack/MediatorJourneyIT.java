package org.gridgov.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gridgov.devstack.JourneyStack.body;
import static org.gridgov.devstack.JourneyStack.token;
import static org.gridgov.devstack.JourneyTerritory.GRID_MEDIATOR;
import static org.gridgov.devstack.JourneyTerritory.RURAL_GRID;
import static org.gridgov.devstack.JourneyTerritory.RURAL_WORKER;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The grid's mediator: a quarrel between neighbours reported as a case becomes a dispute; while it is
 * mediated the case's clock stands still; the agreement (or the referral to a court) closes the case.
 */
class MediatorJourneyIT extends Journey {

    @Test
    void aNeighbourQuarrelReportedAsACaseIsMediatedSettledAndTheCaseClosesWithTheAgreement() {
        String worker = token(RURAL_WORKER, "GRID_WORKER", RURAL_GRID);
        String mediator = token(GRID_MEDIATOR, "MEDIATOR", RURAL_GRID);
        String caseId = reportAQuarrel(worker, "Two neighbours argue over a wall that blocks a drain.");

        String disputeId = awaitMediation(caseId, worker);
        JsonNode dispute = stack.get("/api/disputes/" + disputeId, mediator);
        assertThat(dispute.path("caseId").asString()).isEqualTo(caseId);
        assertThat(dispute.path("unitCode").asString()).isEqualTo(RURAL_GRID);

        String applicant = party(disputeId, mediator, "APPLICANT", "王某", "13900000001");
        String respondent = party(disputeId, mediator, "RESPONDENT", "李某", "13900000002");
        String sessionId = stack.post("/api/disputes/" + disputeId + "/sessions", mediator, body(
                "startsAt", Instant.now().plus(Duration.ofHours(1)).toString(), "place", "贾宋第1村调解室",
                "mediatorAccountIds", List.of(GRID_MEDIATOR))).path("sessionId").asString();
        stack.post("/api/disputes/" + disputeId + "/sessions/" + sessionId + "/record", mediator, body(
                "outcome", "AGREED", "minutes", "Both agree to open a gap in the wall.", "attendance", List.of(
                        body("partyId", applicant, "attended", true), body("partyId", respondent, "attended", true))));
        JsonNode settled = stack.post("/api/disputes/" + disputeId + "/settle", mediator, body(
                "terms", "A gap of 30 cm in the wall by the drain.", "confirmedBy", List.of(applicant, respondent)));
        assertThat(settled.path("state").asString()).isEqualTo("SETTLED");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode closed = stack.get("/api/cases/" + caseId, worker);
            assertThat(closed.path("state").asString()).isEqualTo("CLOSED");
            assertThat(closed.path("closeCause").asString()).isEqualTo("SETTLED");
        });
        assertThat(stack.get("/api/cases/" + caseId + "/history", worker).toString()).contains("SETTLED");
    }

    @Test
    void aQuarrelReferredToTheCourtClosesItsCaseAsReferred() {
        String worker = token(RURAL_WORKER, "GRID_WORKER", RURAL_GRID);
        String mediator = token(GRID_MEDIATOR, "MEDIATOR", RURAL_GRID);
        String caseId = reportAQuarrel(worker, "A boundary quarrel the neighbours want a judge to decide.");
        String disputeId = awaitMediation(caseId, worker);

        stack.post("/api/disputes/" + disputeId + "/refer", mediator, body("channel", "LITIGATION",
                "bodyCode", "NANHE_COURT", "reason", "Both parties asked for the court."));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode closed = stack.get("/api/cases/" + caseId, worker);
            assertThat(closed.path("state").asString()).isEqualTo("CLOSED");
            assertThat(closed.path("closeCause").asString()).isEqualTo("REFERRED");
        });
    }

    private static String reportAQuarrel(String worker, String description) {
        return stack.post("/api/cases", worker, body("category", "NEIGHBOUR_DISPUTE", "gridCode", RURAL_GRID,
                "description", description, "channel", "GRID_WORKER_APP", "peopleInvolved", 2)).path("caseId").asString();
    }

    /** The case waits in mediation, its clock stopped, once dispute-mediation opened the dispute. */
    private static String awaitMediation(String caseId, String worker) {
        String[] disputeId = new String[1];
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode paused = stack.get("/api/cases/" + caseId, worker);
            assertThat(paused.path("light").asString()).isEqualTo("PAUSED");
            assertThat(paused.path("disputeId").isMissingNode() || paused.path("disputeId").isNull()).isFalse();
            disputeId[0] = paused.path("disputeId").asString();
        });
        return disputeId[0];
    }

    private static String party(String disputeId, String mediator, String side, String name, String phone) {
        JsonNode dispute = stack.post("/api/disputes/" + disputeId + "/parties", mediator,
                body("kind", "OUTSIDER", "side", side, "name", name, "phone", phone));
        for (JsonNode party : dispute.path("parties")) {
            if (party.path("side").asString().equals(side)) {
                return party.path("partyId").asString();
            }
        }
        throw new AssertionError("the party was not added: " + dispute);
    }
}
