package org.gridgov.cases.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.Topics;
import org.gridgov.events.cases.CaseAssigned;
import org.gridgov.events.cases.CaseClosed;
import org.gridgov.events.cases.CaseDeadlineWarning;
import org.gridgov.events.cases.CaseDispatched;
import org.gridgov.events.cases.CaseEscalated;
import org.gridgov.events.cases.CaseEvaluated;
import org.gridgov.events.cases.CaseFiled;
import org.gridgov.events.cases.CaseHandled;
import org.gridgov.events.cases.CaseOverdue;
import org.gridgov.events.cases.CaseRejected;
import org.gridgov.events.cases.CaseReopened;
import org.gridgov.events.cases.CaseVerified;
import org.gridgov.testing.DevTokens;
import org.gridgov.testing.TestInfrastructure;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code ./gridgov bench rebuild}: 1,000,000 events of a year of cases on {@code case.events} (the
 * loops of 160,000-odd cases: kept in the grid, sent to a department, reworked, overdue and
 * escalated, duplicates), read into the indicators projection; then the projection is rebuilt through
 * its admin endpoint, as an operator would, and the rebuild's events per second measured. The figures
 * before and after the rebuild are compared.
 */
public final class RebuildBenchmark {

    private static final int EVENTS = 1_000_000;
    private static final URI SOURCE = URI.create("/case-workflow");
    private static final Instant YEAR = Instant.parse("2026-01-01T00:00:00Z");

    private RebuildBenchmark() {
    }

    public static void main(String[] args) {
        BenchService.main(RebuildBenchmark::run);
    }

    private static void run() throws Exception {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        double rawInserts = RawInsertRate.measureAndPrint();
        BenchCounty county = new BenchCounty();
        try (BenchService service = BenchService.start("bench_rebuild", Map.of())) {
            JdbcTemplate jdbc = service.jdbc();
            long producing = System.nanoTime();
            int cases = produce(infrastructure.kafkaBootstrapServers(), county);
            System.out.printf("wrote %,d events of %,d cases to %s in %.1f s%n", EVENTS, cases, Topics.CASE_EVENTS,
                    (System.nanoTime() - producing) / 1e9);
            awaitProjected(jdbc);
            System.out.printf("projection caught up %.1f s after writing began%n", (System.nanoTime() - producing) / 1e9);

            String admin = DevTokens.forAccount("bench-admin").roles("ADMIN").sign();
            String base = "http://localhost:" + service.port();
            List<String> before = figures(base, admin);

            CpuProfile profile = CpuProfile.start();
            long started = System.nanoTime();
            int status = send(HttpRequest.newBuilder(URI.create(base + "/api/admin/indicators/rebuild"))
                    .header("Authorization", "Bearer " + admin).POST(HttpRequest.BodyPublishers.noBody()).build())
                    .statusCode();
            if (status != 202) {
                throw new IllegalStateException("rebuild answered " + status);
            }
            awaitProjected(jdbc);
            double seconds = (System.nanoTime() - started) / 1e9;
            profile.stopAndPrint(EVENTS, "event");

            List<String> after = figures(base, admin);
            double perSecond = EVENTS / seconds;
            System.out.printf("rebuilt from %,d events in %.1f s; projection rows %,d; figures after the rebuild %s%n",
                    EVENTS, seconds, jdbc.queryForObject("select count(*) from indicator_case", Long.class),
                    after.equals(before) ? "identical to before" : "DIFFERENT from before");
            System.out.printf("raw inserts %.0f rows/s; ratio events/s to raw inserts/s %.2f (target 20,000 events/s)%n",
                    rawInserts, perSecond / rawInserts);
            System.out.printf("rebuild: %.0f events/s%n", perSecond);
        }
    }

    private static void awaitProjected(JdbcTemplate jdbc) throws InterruptedException {
        while (jdbc.queryForObject("select coalesce(sum(next_offset), 0) from indicator_offset", Long.class) < EVENTS) {
            Thread.sleep(100);
        }
    }

    /** The figures of the whole county for the year, in total and by grid and by level, as JSON. */
    private static List<String> figures(String base, String admin) throws Exception {
        List<String> figures = new ArrayList<>();
        for (String groupBy : List.of("", "&groupBy=GRID", "&groupBy=LEVEL", "&groupBy=DEPARTMENT")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/api/indicators?unit="
                    + BenchCounty.COUNTY + "&from=2026-01-01&to=2026-12-31" + groupBy))
                    .header("Authorization", "Bearer " + admin).GET().build());
            figures.add(response.body());
        }
        return figures;
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Writes the loops of cases until exactly {@link #EVENTS} events are on the topic; returns the cases. */
    private static int produce(String bootstrapServers, BenchCounty county) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, 128L * 1024 * 1024);
        int written = 0;
        int cases = 0;
        UUID previous = null;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            while (written < EVENTS) {
                UUID caseId = UUID.randomUUID();
                Instant filed = YEAR.plusSeconds(cases * 150L);
                List<Object> loop = loopOf(cases, caseId, previous, county.grid(cases), filed);
                for (Object event : loop) {
                    if (written == EVENTS) {
                        break;
                    }
                    producer.send(CloudEventCodec.toRecord(Topics.CASE_EVENTS, caseId.toString(),
                            CloudEventCodec.toCloudEvent(UUID.randomUUID().toString(), SOURCE, caseId.toString(),
                                    filed, event)));
                    written++;
                }
                previous = caseId;
                cases++;
            }
            producer.flush();
        }
        return cases;
    }

    /** The events of one case, by the shape of its loop. */
    private static List<Object> loopOf(int n, UUID caseId, UUID previous, String grid, Instant filed) {
        String village = grid.substring(0, 12);
        String worker = BenchCounty.worker(grid);
        String category = n % 3 == 0 ? "STREET_LITTER" : "ENV_GARBAGE";
        List<Object> events = new ArrayList<>();
        int shape = n % 20;
        if (shape == 19 && previous != null) {
            events.add(new CaseRejected(UUID.randomUUID(), caseId, "DUPLICATE: the same problem is already an open case",
                    previous, filed));
            return events;
        }
        events.add(new CaseFiled(caseId, UUID.randomUUID(), category, grid, grid, "GRID", "NORMAL", "GRID_WORKER_APP", filed));
        events.add(new CaseAssigned(caseId, grid, worker, filed.plusSeconds(28_800), filed.plusSeconds(1)));
        if (shape < 12) {
            // Settled on the spot by the grid worker (most cases: "small matters stay in the grid").
            events.add(new CaseHandled(caseId, worker, null, "settled on the spot", filed.plusSeconds(3_600)));
            if (shape == 3) {
                events.add(new CaseReopened(caseId, worker, "not finished", 1, filed.plusSeconds(5_400)));
                events.add(new CaseHandled(caseId, worker, null, "finished", filed.plusSeconds(7_200)));
            }
            events.add(new CaseVerified(caseId, worker, null, filed.plusSeconds(9_000)));
            events.add(new CaseClosed(caseId, grid, category, true, filed.plusSeconds(9_001)));
            events.add(new CaseEvaluated(caseId, 3 + n % 3, n % 3 != 0, filed.plusSeconds(20_000)));
        } else if (shape < 17) {
            // Up to the village, which sends it to a department.
            events.add(new CaseEscalated(caseId, grid, "GRID", village, "VILLAGE", "EXPLICIT", "needs a truck", category,
                    filed.plusSeconds(200_000), filed.plusSeconds(7_200)));
            events.add(new CaseDispatched(caseId, village, "VILLAGE", "URBAN_MGMT", category, null,
                    filed.plusSeconds(300_000), filed.plusSeconds(8_000)));
            events.add(new CaseHandled(caseId, "um-1", "URBAN_MGMT", "removed", filed.plusSeconds(90_000)));
            events.add(new CaseVerified(caseId, worker, null, filed.plusSeconds(100_000)));
            events.add(new CaseClosed(caseId, village, category, shape != 16, filed.plusSeconds(100_001)));
        } else {
            // Left too long in the grid: yellow, red, and up to the village by itself; still open.
            events.add(new CaseDeadlineWarning(caseId, "GRID_HANDLING", grid, "GRID", filed.plusSeconds(28_800),
                    filed.plusSeconds(21_600)));
            events.add(new CaseOverdue(caseId, "GRID_HANDLING", grid, "GRID", null, filed.plusSeconds(28_800),
                    filed.plusSeconds(28_805)));
            events.add(new CaseEscalated(caseId, grid, "GRID", village, "VILLAGE", "OVERDUE", null, category,
                    filed.plusSeconds(200_000), filed.plusSeconds(28_805)));
        }
        return events;
    }
}
