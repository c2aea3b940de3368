package org.gridgov.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gridgov.devstack.JourneyStack.body;
import static org.gridgov.devstack.JourneyStack.token;
import static org.gridgov.devstack.JourneyTerritory.RURAL_GRID;
import static org.gridgov.devstack.JourneyTerritory.RURAL_WORKER;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gridgov.events.Topics;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The grid worker as carer of a special group: an old man living alone is entered in the ledger and
 * in the empty-nest elderly group with the worker as carer; his visit falls due on the worker's list;
 * the worker visits him and the next visit moves on. His name never travels on the event bus.
 */
class CarerJourneyIT extends Journey {

    @Test
    void anOldManLivingAloneIsTakenIntoCareVisitedAndHisNextVisitMovesOn() {
        String worker = token(RURAL_WORKER, "GRID_WORKER", RURAL_GRID);
        String name = "赵老汉";
        try (TopicWatcher events = new TopicWatcher(stack.kafkaBootstrap(), Topics.POPULATION_EVENTS)) {
            String residentId = stack.post("/api/residents", worker, body("gridCode", RURAL_GRID, "name", name,
                    "idNumber", IdNumbers.of(LocalDate.of(1941, 3, 9), true), "phone", "13700000009"))
                    .path("id").asString();
            JsonNode membership = stack.post("/api/memberships", worker, body("residentId", residentId,
                    "group", "EMPTY_NEST_ELDERLY", "riskLevel", "LOW", "carerAccountIds", List.of(RURAL_WORKER)));
            String membershipId = membership.path("id").asString();
            Instant firstDue = Instant.parse(membership.path("dueAt").asString());

            JsonNode due = stack.get("/api/visits/due?mine=true&withinDays=90", worker);
            assertThat(due.toString()).contains(membershipId);

            stack.post("/api/visits", worker, body("residentId", residentId, "membershipId", membershipId,
                    "kind", "SPECIAL_GROUP_CARE", "visitedAt", Instant.now().toString(),
                    "findings", "Well; the stove's chimney needs sweeping before winter.", "followUpNeeded", false));

            JsonNode after = stack.get("/api/memberships/" + membershipId, worker);
            assertThat(after.path("lastVisitedAt").isNull()).isFalse();
            assertThat(Instant.parse(after.path("dueAt").asString())).isAfterOrEqualTo(firstDue);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(events.records()).anySatisfy(record -> assertThat(new String(record.value(),
                            StandardCharsets.UTF_8)).contains(membershipId)));
            assertThat(events.records()).allSatisfy(record ->
                    assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain(name, "13700000009"));
        }
    }
}
