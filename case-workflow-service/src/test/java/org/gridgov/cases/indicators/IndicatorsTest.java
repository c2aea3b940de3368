package org.gridgov.cases.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gridgov.cases.NanheCounty.BEIJIASONG;
import static org.gridgov.cases.NanheCounty.BEIJIASONG_GRID_1;
import static org.gridgov.cases.NanheCounty.BEIJIASONG_GRID_2;
import static org.gridgov.cases.NanheCounty.BEIJIASONG_WORKER_1;
import static org.gridgov.cases.NanheCounty.BEIJIASONG_WORKER_2;
import static org.gridgov.cases.NanheCounty.DONGGUAN_GRID_1;
import static org.gridgov.cases.NanheCounty.DONGGUAN_WORKER_1;
import static org.gridgov.cases.NanheCounty.JIASONG_TOWN;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gridgov.cases.Api;
import org.gridgov.cases.CaseWorkflowIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The assessment figures of a small week in Beijiasong village, computed by hand, from the
 * projection of case.events; and the same figures again after the projection is rebuilt from the topic.
 * The deadline scheduler is off: the clock jumps a week, and the open case must stay as the week left it.
 */
@TestPropertySource(properties = "gridgov.deadlines.scheduler-enabled=false")
class IndicatorsTest extends CaseWorkflowIntegrationTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String WEEK = "&from=2026-03-02&to=2026-03-08";

    private final String worker1 = token(BEIJIASONG_WORKER_1, "GRID_WORKER", BEIJIASONG_GRID_1);
    private final String worker2 = token(BEIJIASONG_WORKER_2, "GRID_WORKER", BEIJIASONG_GRID_2);
    private final String villageCentre = token("c-bjs", "COMMAND_CENTRE", BEIJIASONG);
    private final String urbanManagement = department("um-7", "URBAN_MGMT");

    @Test
    void figuresOfAWeekMatchTheHandCountAndSurviveARebuild() {
        aWeekInBeijiasong();

        // A: 2 h to close; B: 2 h 55 min, reworked once; C: 24 h 50 min, settled by the village; D open;
        // E a duplicate of A; F a prank the village centre rejected; one case elsewhere and one the week
        // after do not count.
        JsonNode total = await().until(() -> indicators(""), figures -> figures.path("total").path("rated").asLong() == 3
                && figures.path("total").path("rejected").asLong() == 1).path("total");
        assertThat(total.path("reported").asLong()).isEqualTo(6);
        assertThat(total.path("filed").asLong()).isEqualTo(4);
        assertThat(total.path("filingRate").asDouble()).isEqualTo(0.6667);
        assertThat(total.path("rejected").asLong()).isEqualTo(1);
        assertThat(total.path("rejectedFor").path("PRANK").asLong()).isEqualTo(1);
        assertThat(total.path("rejectedFor").path("INVALID").asLong()).isZero();
        assertThat(total.path("closed").asLong()).isEqualTo(3);
        assertThat(total.path("closureRate").asDouble()).isEqualTo(0.75);
        assertThat(total.path("closedOnTime").asLong()).isEqualTo(3);
        assertThat(total.path("onTimeRate").asDouble()).isEqualTo(1.0);
        assertThat(total.path("reworkCount").asLong()).isEqualTo(1);
        assertThat(total.path("reworkRate").asDouble()).isEqualTo(0.25);
        // (7,200 + 10,500 + 89,400) / 3; p90 between the 2nd and 3rd: 10,500 + 0.8 × 78,900.
        assertThat(total.path("averageTimeToCloseSeconds").asDouble()).isEqualTo(35_700.0);
        assertThat(total.path("p90TimeToCloseSeconds").asDouble()).isEqualTo(73_620.0);
        assertThat(total.path("satisfactionRate").asDouble()).isEqualTo(0.6667);
        assertThat(total.path("averageRating").asDouble()).isEqualTo(4.0);
        assertThat(total.path("settledAt").path("GRID").asDouble()).isEqualTo(0.6667);
        assertThat(total.path("settledAt").path("VILLAGE").asDouble()).isEqualTo(0.3333);
        assertThat(total.path("settledAt").path("TOWN").asDouble()).isEqualTo(0.0);
        assertThat(total.path("overdue").asLong()).isZero();

        JsonNode byGrid = indicators("&groupBy=GRID").path("groups");
        assertThat(byGrid.valueStream().map(group -> group.path("key").asString() + ":" + group.path("reported").asLong()
                + "/" + group.path("filed").asLong() + "/" + group.path("closed").asLong()))
                .containsExactly(BEIJIASONG_GRID_1 + ":3/2/2", BEIJIASONG_GRID_2 + ":3/2/1");
        JsonNode byWorker = indicators("&groupBy=WORKER").path("groups");
        assertThat(byWorker.valueStream().map(group -> key(group) + ":" + group.path("reported").asLong() + "/"
                + (group.path("satisfactionRate").isNull() ? "-" : group.path("satisfactionRate").asDouble())))
                .containsExactly(BEIJIASONG_WORKER_1 + ":2/0.5", BEIJIASONG_WORKER_2 + ":3/1.0", "none:1/-");
        JsonNode byDepartment = indicators("&groupBy=DEPARTMENT").path("groups");
        assertThat(byDepartment.get(0).path("key").asString()).isEqualTo("URBAN_MGMT");
        assertThat(byDepartment.get(0).path("closedOnTime").asLong()).isEqualTo(1);
        JsonNode byLevel = indicators("&groupBy=LEVEL").path("groups");
        assertThat(byLevel.valueStream().map(group -> key(group) + ":" + group.path("reported").asLong()))
                .containsExactly("GRID:4", "VILLAGE:1", "none:1");

        List<JsonNode> before = everyBreakdown();
        String admin = admin();
        Api.Response rebuilding = api().post("/api/admin/indicators/rebuild", admin, Map.of());
        assertThat(rebuilding.status()).isEqualTo(202);
        await().until(() -> api().get("/api/admin/indicators/projection", admin).body().path("caughtUp").asBoolean());

        assertThat(everyBreakdown()).isEqualTo(before);
    }

    @Test
    void figuresAreReadInsideTheCallersTerritoryOnly() {
        assertThat(api().get("/api/indicators?unit=" + JIASONG_TOWN + WEEK, villageCentre).status()).isEqualTo(403);
        assertThat(api().get("/api/indicators?unit=" + BEIJIASONG + WEEK, worker1).status()).isEqualTo(403);
        assertThat(api().get("/api/indicators?unit=" + BEIJIASONG + "&from=2026-03-08&to=2026-03-02", villageCentre)
                .status()).isEqualTo(400);
        assertThat(api().post("/api/admin/indicators/rebuild", villageCentre, Map.of()).status()).isEqualTo(403);
    }

    private void aWeekInBeijiasong() {
        at("2026-03-02T09:00");
        Map<String, Object> firstPile = reportIn(BEIJIASONG_GRID_1, "ENV_GARBAGE");
        firstPile.put("latitude", 37.1012);
        firstPile.put("longitude", 114.6902);
        Api.Response a = api().post("/api/cases", worker1, firstPile);
        UUID caseA = UUID.fromString(a.text("caseId"));
        at("2026-03-02T09:05");
        UUID caseB = report(worker1, reportIn(BEIJIASONG_GRID_1, "ENV_GARBAGE"));
        at("2026-03-02T09:10");
        UUID caseC = report(worker2, reportIn(BEIJIASONG_GRID_2, "ENV_GARBAGE"));
        at("2026-03-02T09:15");
        report(worker2, reportIn(BEIJIASONG_GRID_2, "STREET_LITTER"));
        at("2026-03-02T09:20");
        Map<String, Object> samePile = reportIn(BEIJIASONG_GRID_1, "ENV_GARBAGE");
        samePile.put("latitude", 37.1012);
        samePile.put("longitude", 114.69021);
        assertThat(api().post("/api/cases", worker1, samePile).text("state")).isEqualTo("DUPLICATE");
        at("2026-03-02T09:25");
        UUID caseF = report(worker2, reportIn(BEIJIASONG_GRID_2, "NOISE_COMMERCIAL"));
        actOk(villageCentre, caseF, "reject", Map.of("reasonCode", "PRANK", "note", "no bar on that street"));

        at("2026-03-02T10:00");
        actOk(worker1, caseA, "resolve", Map.of("notes", "cleared"));
        actOk(worker2, caseC, "escalate", Map.of("reason", "needs a truck"));
        at("2026-03-02T10:30");
        actOk(worker1, caseB, "resolve", Map.of("notes", "cleared"));
        actOk(villageCentre, caseC, "dispatch", Map.of("departmentCode", "URBAN_MGMT"));
        at("2026-03-02T11:00");
        actOk(worker1, caseA, "verify", Map.of("passed", true));
        actOk(worker1, caseB, "verify", Map.of("passed", false, "note", "half of it is still there"));
        at("2026-03-02T11:30");
        actOk(worker1, caseB, "resolve", Map.of("notes", "cleared the rest"));
        at("2026-03-02T12:00");
        actOk(worker1, caseB, "verify", Map.of("passed", true));
        at("2026-03-03T09:00");
        actOk(urbanManagement, caseC, "feedback", Map.of("outcome", "RESOLVED", "summary", "removed by truck"));
        at("2026-03-03T10:00");
        Api.Response closedC = actOk(worker2, caseC, "verify", Map.of("passed", true));
        at("2026-03-03T10:05");
        assertThat(api().post("/api/public/cases/" + a.text("trackingCode") + "/evaluation", null, Map.of("rating", 5))
                .status()).isEqualTo(200);
        actOk(worker1, caseB, "evaluation", Map.of("rating", 3));
        actOk(worker2, caseC, "evaluation", Map.of("rating", 4));
        assertThat(closedC.text("state")).isEqualTo("CLOSED");

        String urbanWorker = token(DONGGUAN_WORKER_1, "GRID_WORKER", DONGGUAN_GRID_1);
        report(urbanWorker, reportIn(DONGGUAN_GRID_1, "STREET_LITTER"));
        at("2026-03-10T09:00");
        report(worker1, reportIn(BEIJIASONG_GRID_1, "STREET_LITTER"));
    }

    private List<JsonNode> everyBreakdown() {
        return List.of(indicators(""), indicators("&groupBy=GRID"), indicators("&groupBy=WORKER"),
                indicators("&groupBy=DEPARTMENT"), indicators("&groupBy=LEVEL"));
    }

    private JsonNode indicators(String groupBy) {
        Api.Response response = api().get("/api/indicators?unit=" + BEIJIASONG + WEEK + groupBy, villageCentre);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    private static String key(JsonNode group) {
        return group.path("key").isNull() ? "none" : group.path("key").asString();
    }

    private void at(String beijingTime) {
        clock.pin(LocalDateTime.parse(beijingTime).atZone(BEIJING).toInstant());
    }
}
