package org.gridgov.cases.duplicates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.cases.NanheCounty.BEIJIASONG;
import static org.gridgov.cases.NanheCounty.BEIJIASONG_GRID_1;
import static org.gridgov.cases.NanheCounty.BEIJIASONG_WORKER_1;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.gridgov.cases.Api;
import org.gridgov.cases.CaseWorkflowIntegrationTest;
import org.gridgov.events.Topics;
import org.gridgov.events.cases.CaseRejected;
import org.gridgov.testing.EventStreams;
import org.gridgov.testing.Recording;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The same problem reported twice: one case, and the second report linked to it (50 m, 24 h). The
 * deadline scheduler is off: the clock jumps a day, and the cases must stay where intake put them.
 */
@TestPropertySource(properties = "gridgov.deadlines.scheduler-enabled=false")
class DuplicateTest extends CaseWorkflowIntegrationTest {

    private static final double METRES_PER_DEGREE = Math.PI / 180 * DuplicateRule.EARTH_RADIUS_METRES;

    private final String worker = token(BEIJIASONG_WORKER_1, "GRID_WORKER", BEIJIASONG_GRID_1);
    private final String villageCentre = token("c-bjs", "COMMAND_CENTRE", BEIJIASONG);

    @Test
    void reportJustInsideTheRadiusAndWindowIsLinkedAndItsReporterFollowsTheOpenCase() {
        clock.pin(Instant.parse("2026-07-06T01:00:00Z"));
        double latitude = 37.0012;
        double longitude = 114.6902;
        Api.Response original = api().post("/api/cases", worker, garbageAt(latitude, longitude));
        UUID originalId = UUID.fromString(original.text("caseId"));

        try (Recording events = EventStreams.record(Topics.CASE_EVENTS)) {
            clock.advance(Duration.ofHours(24));
            Api.Response again = api().post("/api/public/cases", null, residentReport(latitude + 49.9 / METRES_PER_DEGREE, longitude));

            assertThat(again.status()).isEqualTo(201);
            assertThat(again.text("state")).isEqualTo("DUPLICATE");
            assertThat(again.text("duplicateOf")).isEqualTo(originalId.toString());
            assertThat(again.text("trackingCode")).isEqualTo(original.text("trackingCode"));
            UUID linked = UUID.fromString(again.text("caseId"));
            CaseRejected rejected = events.await(event -> linked.toString().equals(event.key())).data(CaseRejected.class);
            assertThat(rejected.duplicateOf()).isEqualTo(originalId);
            assertThat(rejected.reason()).startsWith("DUPLICATE");
        }
        Api.Response followed = api().get("/api/public/cases/" + original.text("trackingCode"), null);
        assertThat(followed.text("state")).isEqualTo("ASSIGNED");
    }

    @Test
    void reportJustOutsideTheRadiusOrTheWindowOrOfAnotherCategoryIsACaseOfItsOwn() {
        clock.pin(Instant.parse("2026-07-13T01:00:00Z"));
        double latitude = 37.0112;
        double longitude = 114.6902;
        api().post("/api/cases", worker, garbageAt(latitude, longitude));

        clock.advance(Duration.ofHours(1));
        Api.Response beyondTheRadius = api().post("/api/cases", worker, garbageAt(latitude + 50.1 / METRES_PER_DEGREE, longitude));
        Map<String, Object> litter = garbageAt(latitude, longitude);
        litter.put("category", "STREET_LITTER");
        Api.Response otherCategory = api().post("/api/cases", worker, litter);
        clock.advance(Duration.ofHours(23).plusSeconds(1));
        Api.Response afterTheWindow = api().post("/api/cases", worker, garbageAt(latitude, longitude - 0.0001));

        assertThat(beyondTheRadius.text("state")).isEqualTo("ASSIGNED");
        assertThat(otherCategory.text("state")).isEqualTo("ASSIGNED");
        assertThat(afterTheWindow.text("state")).as("24 h and 1 s after the first report").isEqualTo("ASSIGNED");
    }

    @Test
    void closedCaseIsNotRepeated() {
        clock.pin(Instant.parse("2026-07-20T01:00:00Z"));
        double latitude = 37.0212;
        double longitude = 114.6902;
        UUID first = report(worker, garbageAt(latitude, longitude));
        actOk(worker, first, "resolve", Map.of("notes", "cleared"));
        actOk(worker, first, "verify", Map.of("passed", true));

        Api.Response again = api().post("/api/cases", worker, garbageAt(latitude, longitude));

        assertThat(again.text("state")).isEqualTo("ASSIGNED");
    }

    @Test
    void operatorUnlinksAReportThatIsAProblemOfItsOwn() {
        clock.pin(Instant.parse("2026-07-27T01:00:00Z"));
        double latitude = 37.0312;
        double longitude = 114.6902;
        UUID original = report(worker, garbageAt(latitude, longitude));
        UUID linked = UUID.fromString(api().post("/api/cases", worker, garbageAt(latitude, longitude)).text("caseId"));

        assertThat(act(worker, linked, "unlink", Map.of()).status()).isEqualTo(403);
        try (Recording events = EventStreams.record(Topics.CASE_EVENTS)) {
            Api.Response unlinked = actOk(villageCentre, linked, "unlink", Map.of());

            assertThat(unlinked.text("state")).isEqualTo("ASSIGNED");
            assertThat(unlinked.text("duplicateOf")).isNull();
            assertThat(unlinked.text("gridCode")).isEqualTo(BEIJIASONG_GRID_1);
            events.await(event -> linked.toString().equals(event.key())
                    && event.event().getType().equals("org.gridgov.case.filed.v1"));
        }
        JsonNode history = api().get("/api/cases/" + linked + "/history", villageCentre).body();
        assertThat(history.valueStream().map(row -> row.path("action").asString()))
                .containsExactly("REPORT", "LINK", "UNLINK", "FILE", "ASSIGN");
        assertThat(act(villageCentre, original, "unlink", Map.of()).status()).isEqualTo(409);
    }

    @Test
    void manyProblemsEachReportedTwiceAtOnceMakeOneCaseEach() throws Exception {
        clock.pin(Instant.parse("2026-08-05T01:00:00Z"));
        int problems = 12;
        List<List<Future<Api.Response>>> pairs = new ArrayList<>();
        // All at once, on threads of their own: each pair races for its locks while the others file.
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int problem = 0; problem < problems; problem++) {
                // 300 m apart: no two problems repeat each other.
                double latitude = 37.0300 + problem * 300 / METRES_PER_DEGREE;
                double longitude = 114.6800;
                pairs.add(List.of(
                        callers.submit(() -> api().post("/api/cases", worker, garbageAt(latitude, longitude))),
                        callers.submit(() -> api().post("/api/cases", worker,
                                garbageAt(latitude + 10 / METRES_PER_DEGREE, longitude)))));
            }
        }

        for (List<Future<Api.Response>> pair : pairs) {
            assertThat(List.of(pair.get(0).get().text("state"), pair.get(1).get().text("state")))
                    .containsExactlyInAnyOrder("ASSIGNED", "DUPLICATE");
        }
    }

    private static Map<String, Object> garbageAt(double latitude, double longitude) {
        Map<String, Object> report = reportIn(BEIJIASONG_GRID_1, "ENV_GARBAGE");
        report.put("latitude", latitude);
        report.put("longitude", longitude);
        return report;
    }

    private static Map<String, Object> residentReport(double latitude, double longitude) {
        Map<String, Object> report = garbageAt(latitude, longitude);
        report.put("channel", "WECHAT");
        return report;
    }
}
