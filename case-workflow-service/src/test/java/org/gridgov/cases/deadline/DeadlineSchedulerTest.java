package org.gridgov.cases.deadline;

import static org.assertj.core.api.Assertions.assertThat;
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
import static org.gridgov.cases.NanheCounty.DONGHAOQIAO_WORKER_1;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import org.gridgov.cases.Api;
import org.gridgov.cases.CaseWorkflowIntegrationTest;
import org.gridgov.cases.lifecycle.CaseChanges;
import org.gridgov.cases.lifecycle.CaseStore;
import org.gridgov.events.Topics;
import org.gridgov.events.cases.CaseEscalated;
import org.gridgov.events.cases.CaseOverdue;
import org.gridgov.testing.EventStreams;
import org.gridgov.testing.Recording;
import org.gridgov.testing.StreamedEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The deadline scheduler on real PostgreSQL and Kafka, with the clock moved by hand. The service's
 * own scheduler is off here: each test runs the instances it needs, as replicas would.
 */
@TestPropertySource(properties = "gridgov.deadlines.scheduler-enabled=false")
class DeadlineSchedulerTest extends CaseWorkflowIntegrationTest {

    private static final String WARNING = "org.gridgov.case.deadline-warning.v1";
    private static final String OVERDUE = "org.gridgov.case.overdue.v1";
    private static final String ESCALATED = "org.gridgov.case.escalated.v1";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseStore cases;
    @Autowired
    CaseChanges changes;
    @Autowired
    DeadlineEnforcement enforcement;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DeadlineScheduler serviceScheduler;
    @Autowired
    MeterRegistry meters;

    private final String workerBjs1 = token(BEIJIASONG_WORKER_1, "GRID_WORKER", BEIJIASONG_GRID_1);
    private final String workerBjs2 = token(BEIJIASONG_WORKER_2, "GRID_WORKER", BEIJIASONG_GRID_2);
    private final String workerDongguan = token(DONGGUAN_WORKER_1, "GRID_WORKER", DONGGUAN_GRID_1);
    private final String workerDhq = token(DONGHAOQIAO_WORKER_1, "GRID_WORKER", DONGHAOQIAO_GRID_1);
    private final String villageCentre = token("c-bjs", "COMMAND_CENTRE", BEIJIASONG);
    private final String countyCentre = token("c-county", "COMMAND_CENTRE", COUNTY);

    @Test
    void twoSchedulersOnOneDatabaseFireEachDeadlineOnce() throws Exception {
        clock.pin(beijing("2026-06-01T09:00"));
        List<UUID> rural = reportMany(12, workerBjs1, BEIJIASONG_GRID_1);
        List<UUID> urban = reportMany(6, workerDongguan, DONGGUAN_GRID_1);
        List<UUID> all = Stream.concat(rural.stream(), urban.stream()).toList();
        // Small batches, so the two replicas take turns on the same queue of deadlines.
        DeadlineScheduler one = scheduler(3, Duration.ofSeconds(5));
        DeadlineScheduler other = scheduler(3, Duration.ofSeconds(5));
        double overdueBefore = meters.counter("gridgov.cases.overdue").count();

        try (Recording events = EventStreams.record(Topics.CASE_EVENTS)) {
            // 8 working hours from Monday 09:00 on Nanhe's calendar: yellow after 6, Monday 17:30.
            clock.pin(beijing("2026-06-01T17:31"));
            fireTogether(one, other);
            // Due Tuesday 10:00: the grid's time ran out.
            clock.pin(beijing("2026-06-02T10:01"));
            fireTogether(one, other);
            fireTogether(one, other);

            // Everything is published before the counts are taken, so a second copy would be there too.
            awaitPublished();
            await().untilAsserted(() -> {
                for (UUID caseId : all) {
                    assertThat(ofCase(events, caseId, WARNING)).as("warnings of %s", caseId).hasSize(1);
                    assertThat(ofCase(events, caseId, OVERDUE)).as("overdues of %s", caseId).hasSize(1);
                    assertThat(ofCase(events, caseId, ESCALATED)).as("escalations of %s", caseId).hasSize(1);
                }
            });
        }
        for (UUID caseId : rural) {
            JsonNode escalated = api().get("/api/cases/" + caseId, villageCentre).body();
            assertThat(escalated.path("state").asString()).isEqualTo("ESCALATED");
            assertThat(escalated.path("level").asString()).isEqualTo("VILLAGE");
            assertThat(escalated.path("unitCode").asString()).isEqualTo(BEIJIASONG);
            assertThat(escalated.path("light").asString()).isEqualTo("GREEN");
            assertThat(lastHistoryRow(caseId)).isEqualTo("ESCALATE OVERDUE case-workflow");
        }
        for (UUID caseId : urban) {
            // An urban grid goes flat: overdue in the grid lands at the county centre.
            JsonNode escalated = api().get("/api/cases/" + caseId, countyCentre).body();
            assertThat(escalated.path("level").asString()).isEqualTo("COUNTY");
        }
        assertThat(meters.counter("gridgov.cases.overdue").count() - overdueBefore).isEqualTo(all.size());
    }

    @Test
    void deadlinesThatFellDueWhileTheServiceWasDownFireOnceAtStart() {
        clock.pin(beijing("2026-06-08T09:00"));
        List<UUID> early = reportMany(5, workerBjs2, BEIJIASONG_GRID_2);
        clock.pin(beijing("2026-06-08T11:00"));
        List<UUID> late = reportMany(5, workerBjs2, BEIJIASONG_GRID_2);
        DeadlineScheduler beforeRestart = scheduler(200, Duration.ofMillis(50));

        try (Recording events = EventStreams.record(Topics.CASE_EVENTS)) {
            beforeRestart.start();
            // The early cases turn yellow at Monday 17:30, the late ones not before Tuesday.
            clock.pin(beijing("2026-06-08T17:45"));
            await().until(() -> early.stream().allMatch(caseId -> warned(caseId)));
            beforeRestart.stop();
            // Down for a day: every deadline passes meanwhile.
            clock.pin(beijing("2026-06-09T17:45"));
            assertThat(Stream.concat(early.stream(), late.stream()).filter(this::overdueMarked)).isEmpty();

            // After the restart it scans only every hour: what fires, fires in its first round.
            DeadlineScheduler afterRestart = scheduler(200, Duration.ofHours(1));
            afterRestart.start();
            try {
                await().until(() -> Stream.concat(early.stream(), late.stream()).allMatch(this::overdueMarked));
            } finally {
                afterRestart.stop();
            }

            awaitPublished();
            await().untilAsserted(() -> {
                for (UUID caseId : early) {
                    assertThat(ofCase(events, caseId, WARNING)).hasSize(1);
                    assertThat(ofCase(events, caseId, OVERDUE)).hasSize(1);
                    assertThat(ofCase(events, caseId, ESCALATED)).hasSize(1);
                }
                for (UUID caseId : late) {
                    // Already red when found: a warning would say less than the overdue, so there is none.
                    assertThat(ofCase(events, caseId, WARNING)).isEmpty();
                    assertThat(ofCase(events, caseId, OVERDUE)).hasSize(1);
                    assertThat(ofCase(events, caseId, ESCALATED)).singleElement().satisfies(escalated ->
                            assertThat(escalated.data(CaseEscalated.class).cause()).isEqualTo("OVERDUE"));
                }
            });
        }
    }

    @Test
    void departmentThatLetsItsDeadlinePassIsMarkedAndItsHolderToldWithoutEscalation() {
        clock.pin(beijing("2026-06-15T09:00"));
        UUID caseId = report(workerBjs1, reportIn(BEIJIASONG_GRID_1, "STREET_LITTER"));
        actOk(villageCentre, caseId, "dispatch", Map.of("departmentCode", "URBAN_MGMT"));

        try (Recording events = EventStreams.record(Topics.CASE_EVENTS)) {
            clock.pin(beijing("2026-06-26T09:00"));
            serviceScheduler.fireDue();

            awaitPublished();
            StreamedEvent overdue = events.await(event -> isOf(event, caseId, OVERDUE));
            assertThat(overdue.data(CaseOverdue.class).departmentCode()).isEqualTo("URBAN_MGMT");
            assertThat(overdue.data(CaseOverdue.class).unitCode()).isEqualTo(BEIJIASONG_GRID_1);
            assertThat(overdue.data(CaseOverdue.class).stage()).isEqualTo("DEPARTMENT_HANDLING");
            assertThat(ofCase(events, caseId, ESCALATED)).isEmpty();
        }
        JsonNode late = api().get("/api/cases/" + caseId, villageCentre).body();
        assertThat(late.path("state").asString()).isEqualTo("DISPATCHED");
        assertThat(late.path("light").asString()).isEqualTo("RED");
        assertThat(late.path("overdueDepartments").valueStream().map(JsonNode::asString)).containsExactly("URBAN_MGMT");
    }

    @Test
    void listingsShowAndFilterTheLightOfEveryCase() {
        clock.pin(beijing("2026-06-22T09:00"));
        UUID red = report(workerDhq, reportIn(DONGHAOQIAO_GRID_1, "STREET_LITTER"));
        clock.pin(beijing("2026-06-23T09:00"));
        UUID yellow = report(workerDhq, reportIn(DONGHAOQIAO_GRID_1, "STREET_LITTER"));
        // After office hours: the new case's time starts on Wednesday morning.
        clock.pin(beijing("2026-06-23T18:00"));
        UUID green = report(workerDhq, reportIn(DONGHAOQIAO_GRID_1, "STREET_LITTER"));

        assertThat(listed("RED")).containsExactly(red.toString());
        assertThat(listed("YELLOW")).containsExactly(yellow.toString());
        assertThat(listed("GREEN")).containsExactly(green.toString());
        JsonNode page = api().get("/api/cases?unit=" + DONGHAOQIAO_GRID_1, workerDhq).body();
        assertThat(page.path("items").valueStream().map(item -> item.path("light").asString()))
                .containsExactly("GREEN", "YELLOW", "RED");
        assertThat(api().get("/api/cases?light=BLUE", workerDhq).status()).isEqualTo(400);
    }

    private List<String> listed(String light) {
        Api.Response page = api().get("/api/cases?unit=" + DONGHAOQIAO_GRID_1 + "&light=" + light, workerDhq);
        assertThat(page.status()).isEqualTo(200);
        return page.body().path("items").valueStream().map(item -> item.path("id").asString()).toList();
    }

    private DeadlineScheduler scheduler(int batchSize, Duration scanInterval) {
        DeadlineProperties properties = new DeadlineProperties(0.75, true, scanInterval, batchSize, Duration.ofMinutes(1),
                Map.of());
        return new DeadlineScheduler(cases, changes, enforcement, transactions, properties, clock, units);
    }

    /** Both replicas scan at the same time until neither finds anything due. */
    private static void fireTogether(DeadlineScheduler one, DeadlineScheduler other) throws Exception {
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> drain(one));
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> drain(other));
        CompletableFuture.allOf(first, second).get();
    }

    private static void drain(DeadlineScheduler scheduler) {
        while (scheduler.fireDue() > 0) {
            // Again, until nothing is due.
        }
    }

    private List<UUID> reportMany(int count, String token, String grid) {
        List<UUID> reported = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            reported.add(report(token, reportIn(grid, "STREET_LITTER")));
        }
        return reported;
    }

    private boolean warned(UUID caseId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select warned from case_file where id = ?", Boolean.class, caseId));
    }

    private boolean overdueMarked(UUID caseId) {
        // The overdue escalated the case: its new deadline starts unmarked, the late stage is counted.
        return jdbc.queryForObject("select late_stages from case_file where id = ?", Integer.class, caseId) > 0;
    }

    private String lastHistoryRow(UUID caseId) {
        JsonNode history = api().get("/api/cases/" + caseId + "/history", villageCentre).body();
        JsonNode last = history.get(history.size() - 1);
        return last.path("action").asString() + " " + last.path("reason").asString() + " "
                + last.path("actor").path("id").asString();
    }

    private static List<StreamedEvent> ofCase(Recording events, UUID caseId, String type) {
        return events.events().stream().filter(event -> isOf(event, caseId, type)).toList();
    }
}
