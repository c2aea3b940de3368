package org.gridgov.disputes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.gridgov.disputes.Api.*;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.gridgov.disputes.escalation.OverdueScanner;
import org.gridgov.disputes.lifecycle.DisputeRepository;
import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.Topics;
import org.gridgov.events.disputes.DisputeEscalated;
import org.gridgov.events.units.UnitState;
import org.gridgov.testing.EventStreams;
import org.gridgov.testing.Recording;
import org.gridgov.testing.StreamedEvent;
import org.gridgov.testing.TestInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Disputes that climb by themselves: when their level's time limit runs out (the scheduler, on the real
 * database, the clock moved instead of waited for) and when a mediator raises their risk.
 */
@DisputeServiceTest
class AutomaticEscalationTest extends RunningService {

    private static final String WORKER = token("worker-1", "GRID_WORKER", GRID);
    private static final String VILLAGE_MEDIATOR = token("village-mediator-1", "MEDIATOR", VILLAGE);
    private static final String TOWN_MEDIATOR = token("town-mediator-1", "MEDIATOR", TOWN);
    private static final String COUNTY_MEDIATOR = token("county-mediator-1", "MEDIATOR", COUNTY);

    @Autowired
    AdjustableClock clock;

    @Autowired
    OverdueScanner scanner;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ScheduledTaskHolder schedule;

    // Replicas of their own: the common pool may have a single thread on a small machine.
    private final ExecutorService replicas = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void backToTheRealTime() {
        clock.reset();
        replicas.shutdownNow();
    }

    @Test
    void villageDisputeWhoseFifteenDaysRanOutClimbsToTheTownOnce() {
        try (Recording recording = EventStreams.record(Topics.DISPUTE_EVENTS)) {
            String id = openVillageQuarrel();

            clock.advance(Duration.ofDays(15));
            scanner.scan();
            scanner.scan();
            clock.advance(Duration.ofDays(29));
            scanner.scan();

            Reply atTheTown = api.get("/api/disputes/" + id, TOWN_MEDIATOR);
            assertThat(atTheTown.text("level")).isEqualTo("TOWN");
            assertThat(atTheTown.text("unitCode")).isEqualTo(TOWN);
            assertThat(atTheTown.text("light")).isEqualTo("YELLOW");
            assertThat(kinds(id)).containsExactly("opened", "escalated");
            DisputeEscalated escalated = published(recording, id, DisputeEscalated.class).data(DisputeEscalated.class);
            assertThat(escalated.cause()).isEqualTo("OVERDUE");
            assertThat(escalated.fromLevel()).isEqualTo("VILLAGE");
            assertThat(escalated.level()).isEqualTo("TOWN");
            assertThat(escalated.reason()).isNull();
            assertThat(Duration.between(escalated.escalatedAt(), escalated.dueAt())).isEqualTo(Duration.ofDays(30));
        }
    }

    @Test
    void deadlineThatRanOutWhileTheServiceWasDownMovesTheDisputeOneLevelWithTheTownsWholeTime() {
        String id = openVillageQuarrel();

        clock.advance(Duration.ofDays(50));
        Instant restarted = clock.instant();
        scanner.scan();

        Map<String, Object> stored = jdbc.queryForMap("select level, arrived_at, due_at from dispute where id = ?::uuid", id);
        assertThat(stored.get("level")).isEqualTo("TOWN");
        Instant arrived = ((Timestamp) stored.get("arrived_at")).toInstant();
        assertThat(arrived).isAfterOrEqualTo(restarted);
        assertThat(((Timestamp) stored.get("due_at")).toInstant()).isEqualTo(arrived.plus(Duration.ofDays(30)));
        assertThat(kinds(id)).containsExactly("opened", "escalated");
    }

    @Test
    void scheduleScansAtStartAndThenAfterEveryPause() {
        String id = openVillageQuarrel();
        FixedDelayTask overdueRounds = schedule.getScheduledTasks().stream().map(ScheduledTask::getTask)
                .filter(FixedDelayTask.class::isInstance).map(FixedDelayTask.class::cast)
                .filter(task -> task.getIntervalDuration().equals(Duration.ofHours(1)))
                .findFirst().orElseThrow();

        clock.advance(Duration.ofDays(16));
        overdueRounds.getRunnable().run();

        assertThat(overdueRounds.getInitialDelayDuration()).isZero();
        assertThat(jdbc.queryForObject("select level from dispute where id = ?::uuid", String.class, id)).isEqualTo("TOWN");
    }

    @Test
    void medicalDisputeOverdueAtTheCountyIsNotedOnceAndStaysThere() {
        String id = api.post("/api/disputes", WORKER, dispute("MEDICAL", GRID, "LOW", 2,
                resident("APPLICANT"), resident("RESPONDENT"))).id();

        clock.advance(Duration.ofDays(45));
        scanner.scan();
        scanner.scan();

        Reply noted = api.get("/api/disputes/" + id, COUNTY_MEDIATOR);
        assertThat(noted.text("level")).isEqualTo("COUNTY");
        assertThat(noted.text("room")).isEqualTo("MEDICAL");
        assertThat(noted.text("light")).isEqualTo("RED");
        assertThat(noted.text("overdueNotedAt")).isNotBlank();
        assertThat(kinds(id)).containsExactly("opened", "overdue-noted");
        JsonNode note = api.get("/api/disputes/" + id + "/history", COUNTY_MEDIATOR).body().get(1);
        assertThat(note.path("actor").asString()).isEqualTo("dispute-mediation.deadlines");
        assertThat(note.path("detail").path("reason").asString()).isEqualTo("NO_LEVEL_ABOVE");
    }

    @Test
    void overdueDisputeOfAGridRetiredSinceIsNotedForThereIsNoUnitToClimbFrom() {
        String redrawn = "130527100201009";
        publish(grid(redrawn, false, 1));
        await().until(() -> units.find(redrawn).isPresent());
        String orphan = api.post("/api/disputes", countyCentre(), dispute("NEIGHBOURS", redrawn, "MEDIUM", 3,
                resident("APPLICANT"), resident("RESPONDENT"))).id();
        String quarrel = openVillageQuarrel();
        publish(grid(redrawn, true, 2));
        await().until(() -> units.find(redrawn).map(UnitState::retired).orElse(false));

        clock.advance(Duration.ofDays(15));
        scanner.scan();

        assertThat(levelOf(orphan)).isEqualTo("VILLAGE");
        assertThat(kinds(orphan)).containsExactly("opened", "overdue-noted");
        assertThat(jdbc.queryForObject("select detail ->> 'reason' from dispute_history where dispute_id = ?::uuid"
                + " and kind = 'overdue-noted'", String.class, orphan)).isEqualTo("NO_UNIT_ABOVE");
        assertThat(levelOf(quarrel)).isEqualTo("TOWN");
    }

    @Test
    void replicaSkipsTheDisputeAnotherHoldsAndTakesItOnceItIsFree() throws Exception {
        String held = openVillageQuarrel();
        String free = openVillageQuarrel();
        clock.advance(Duration.ofDays(15));
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> otherReplica = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            jdbc.queryForObject("select id::text from dispute where id = ?::uuid for update", String.class, held);
            locked.countDown();
            try {
                release.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }), replicas);
        assertThat(locked.await(1, TimeUnit.MINUTES)).isTrue();

        // Without SKIP LOCKED this scan would wait for the other replica, which waits for the test: no answer in time.
        CompletableFuture.supplyAsync(scanner::scan, replicas).get(1, TimeUnit.MINUTES);
        String heldWhileLocked = levelOf(held);
        release.countDown();
        otherReplica.get(1, TimeUnit.MINUTES);
        scanner.scan();

        assertThat(heldWhileLocked).isEqualTo("VILLAGE");
        assertThat(levelOf(free)).isEqualTo("TOWN");
        assertThat(levelOf(held)).isEqualTo("TOWN");
        assertThat(kinds(held)).containsExactly("opened", "escalated");
        assertThat(kinds(free)).containsExactly("opened", "escalated");
    }

    @Test
    void twoReplicasScanningAtOnceEscalateEachOverdueDisputeOnce() throws Exception {
        List<String> ids = IntStream.range(0, 6).mapToObj(i -> openVillageQuarrel()).toList();
        clock.advance(Duration.ofDays(15));

        CompletableFuture<OverdueScanner.Scan> one = CompletableFuture.supplyAsync(scanner::scan, replicas);
        CompletableFuture<OverdueScanner.Scan> other = CompletableFuture.supplyAsync(scanner::scan, replicas);
        one.get(1, TimeUnit.MINUTES);
        other.get(1, TimeUnit.MINUTES);

        for (String id : ids) {
            assertThat(levelOf(id)).as(id).isEqualTo("TOWN");
            assertThat(kinds(id)).as(id).containsExactly("opened", "escalated");
        }
    }

    @Test
    void scanReadsTheIndexOfOpenDisputesByDueTimeNotTheTable() {
        List<String> plan = transaction.execute(status -> {
            // On a table this small a sequential scan is cheaper; forbidding it shows whether the index fits the query.
            jdbc.execute("set local enable_seqscan = off");
            return jdbc.queryForList("explain " + DisputeRepository.OVERDUE, String.class,
                    Timestamp.from(clock.instant()), 100);
        });

        assertThat(String.join("\n", plan)).contains("dispute_overdue_due").doesNotContain("Seq Scan");
    }

    @Test
    void villageMediatorFindingAThreatOfViolenceSendsTheQuarrelToTheTownAtOnce() {
        try (Recording recording = EventStreams.record(Topics.DISPUTE_EVENTS)) {
            String id = openVillageQuarrel();

            Reply raised = api.post("/api/disputes/" + id + "/risk", VILLAGE_MEDIATOR, Map.of("riskLevel", "MEDIUM",
                    "risks", List.of("VIOLENCE"), "reason", "threats were made at the last session"));
            Reply village = api.get("/api/disputes/" + id, VILLAGE_MEDIATOR);

            assertThat(raised.status()).isEqualTo(200);
            assertThat(raised.text("level")).isEqualTo("TOWN");
            assertThat(raised.text("unitCode")).isEqualTo(TOWN);
            assertThat(raised.body().path("risks").get(0).asString()).isEqualTo("VIOLENCE");
            assertThat(village.status()).isEqualTo(404);
            assertThat(kinds(id)).containsExactly("opened", "risk-raised", "escalated");
            DisputeEscalated escalated = published(recording, id, DisputeEscalated.class).data(DisputeEscalated.class);
            assertThat(escalated.cause()).isEqualTo("RISK_RAISED");
            assertThat(escalated.reason()).isEqualTo("threats were made at the last session");
        }
    }

    @Test
    void riskTheLevelAlreadyHandlesIsRecordedInPlaceAndNeverLowered() {
        String arrears = api.post("/api/disputes", WORKER, dispute("LABOUR", GRID, "LOW", 8,
                resident("APPLICANT"), resident("RESPONDENT"))).id();
        Map<String, Object> high = Map.of("riskLevel", "HIGH", "reason", "the workers talk of blocking the road");

        Reply byTheInspector = api.post("/api/disputes/" + arrears + "/risk", token("inspector-1", "INSPECTOR", COUNTY), high);
        Reply byTheVillage = api.post("/api/disputes/" + arrears + "/risk", VILLAGE_MEDIATOR, high);
        Reply withoutReason = api.post("/api/disputes/" + arrears + "/risk", TOWN_MEDIATOR, Map.of("riskLevel", "HIGH"));
        Reply raised = api.post("/api/disputes/" + arrears + "/risk", TOWN_MEDIATOR, high);
        Reply lowered = api.post("/api/disputes/" + arrears + "/risk", TOWN_MEDIATOR,
                Map.of("riskLevel", "LOW", "reason", "wages paid in part"));

        assertThat(byTheInspector.status()).isEqualTo(403);
        assertThat(byTheVillage.status()).isEqualTo(404);
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(raised.status()).isEqualTo(200);
        assertThat(raised.text("level")).isEqualTo("TOWN");
        assertThat(raised.text("riskLevel")).isEqualTo("HIGH");
        assertThat(lowered.status()).isEqualTo(409);
        assertThat(lowered.text("type")).isEqualTo("urn:gridgov:problem:risk-not-raised");
        assertThat(lowered.text("riskLevel")).isEqualTo("HIGH");
        assertThat(kinds(arrears)).containsExactly("opened", "risk-raised");
    }

    private String openVillageQuarrel() {
        Reply opened = api.post("/api/disputes", WORKER, dispute("NEIGHBOURS", GRID, "MEDIUM", 3,
                resident("APPLICANT"), resident("RESPONDENT")));
        assertThat(opened.text("level")).isEqualTo("VILLAGE");
        return opened.id();
    }

    /** A grid of Nanhe's first village, as grid-registry publishes it; no other test knows it. */
    private static UnitState grid(String code, boolean retired, long version) {
        return new UnitState(code, VILLAGE, "Grid " + code.substring(12), "GRID", "RURAL", "LEVEL_BY_LEVEL", 0, 0, null,
                List.of(), retired, version, Instant.now());
    }

    private static void publish(UnitState unit) {
        EventStreams.replay(TestInfrastructure.get().kafkaBootstrapServers(), List.of(new StreamedEvent(Topics.GRID_UNITS,
                unit.code(), CloudEventCodec.toCloudEvent(UUID.randomUUID().toString(), URI.create("/gridgov/grid-registry"),
                        unit.code(), unit.updatedAt(), unit))));
    }

    private String levelOf(String id) {
        return jdbc.queryForObject("select level from dispute where id = ?::uuid", String.class, id);
    }

    private List<String> kinds(String id) {
        return jdbc.queryForList("select kind from dispute_history where dispute_id = ?::uuid order by id", String.class, id);
    }
}
