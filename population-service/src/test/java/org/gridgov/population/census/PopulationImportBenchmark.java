package org.gridgov.population.census;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.HdrHistogram.Histogram;
import org.gridgov.population.Http;
import org.gridgov.population.PopulationApplication;
import org.gridgov.population.protection.PersonalData;
import org.gridgov.runtime.security.Caller;
import org.gridgov.runtime.security.Role;
import org.gridgov.runtime.security.Territory;
import org.gridgov.runtime.units.UnitReplica;
import org.gridgov.testing.DevTokens;
import org.gridgov.testing.EventStreams;
import org.gridgov.testing.TestInfrastructure;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code ./gridgov bench population-import [people]}: imports a census sheet of a synthetic Nanhe-like
 * county (540,000 people by default, Yiling's figure) into real PostgreSQL through the service's own
 * import (checks, AES-GCM for every personal field, keyed hashes, houses, households, special groups,
 * events to the outbox, one all-or-nothing transaction), then looks people up by ID number over HTTP
 * with the whole population loaded. The outbox relay is off while measuring, so the figure is the
 * import's; the relay's own throughput is {@code ./gridgov bench outbox}.
 */
public final class PopulationImportBenchmark {

    private static final int WARMUP_LOOKUPS = 1_000;
    private static final int LOOKUPS = 5_000;

    private PopulationImportBenchmark() {
    }

    public static void main(String[] args) {
        int status = 1;
        try {
            run(args.length > 0 ? Integer.parseInt(args[0]) : 540_000);
            status = 0;
        } catch (Exception | Error e) {
            e.printStackTrace();
        }
        // The shared broker and database of test-support run on non-daemon threads.
        System.exit(status);
    }

    /** As command-line arguments: they win over the service's application.yaml, default properties would not. */
    private static String[] arguments(Map<String, Object> properties) {
        return properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue()).toArray(String[]::new);
    }

    private static void run(int people) throws Exception {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        String database = infrastructure.newDatabase("bench_population");

        long generating = System.nanoTime();
        SyntheticCounty county = new SyntheticCounty(20_260_105L, people, LocalDate.of(2026, 1, 5));
        List<String> sample = new ArrayList<>();
        byte[] sheet = county.censusSheet(people, sample);
        System.out.printf("generated %d people in %d grids: %.1f MB of CSV in %.1f s%n", people, county.grids().size(),
                sheet.length / 1e6, (System.nanoTime() - generating) / 1e9);

        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", database);
        properties.put("spring.datasource.username", infrastructure.postgres().username());
        properties.put("spring.datasource.password", infrastructure.postgres().password());
        properties.put("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
        properties.put("server.port", "0");
        properties.put("gridgov.outbox.relay-enabled", "false");
        properties.put("gridgov.population.census.batch-size", "2000");
        properties.put("logging.level.root", "WARN");
        properties.put("logging.structured.format.console", "");
        properties.put("management.tracing.sampling.probability", "0");

        double perSecond;
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(PopulationApplication.class)
                .profiles("test").run(arguments(properties))) {
            // The service creates the catalogue's topics at start; then the registry's units arrive.
            EventStreams.replay(infrastructure.kafkaBootstrapServers(), county.unitEvents());
            UnitReplica units = service.getBean(UnitReplica.class);
            String lastGrid = county.grids().getLast();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (units.find(lastGrid).isEmpty() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            CensusImport census = service.getBean(CensusImport.class);
            Caller importer = new Caller("county-census-office", Set.of(Role.ADMIN), Territory.everywhere(), Optional.empty());

            long started = System.nanoTime();
            ImportReport report = census.importSheet(CensusSheet.of("nanhe.csv", sheet), ImportMode.ALL_OR_NOTHING, importer);
            double seconds = (System.nanoTime() - started) / 1e9;
            perSecond = report.imported() / seconds;
            JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
            System.out.printf("imported %d people, %d households, %d special-group memberships (%.1f %%), %d refused, in %.1f s%n",
                    report.imported(), report.householdsFormed(), report.specialGroupMemberships(),
                    100.0 * report.specialGroupMemberships() / Math.max(1, report.imported()), report.refused(), seconds);
            System.out.printf("outbox rows written with them: %d%n",
                    jdbc.queryForObject("select count(*) from gridgov_outbox", Long.class));
            jdbc.execute("analyze");

            Http http = new Http(((WebServerApplicationContext) service).getWebServer().getPort());
            String token = DevTokens.forAccount("bench-leader").roles("GRID_LEADER").scope(SyntheticCounty.COUNTY).lifetime(Duration.ofHours(2)).sign();
            Histogram latency = new Histogram(10_000_000L, 3);
            for (int i = 0; i < WARMUP_LOOKUPS + LOOKUPS; i++) {
                String id = sample.get((i * 7919) % sample.size());
                long t0 = System.nanoTime();
                Http.Response found = http.post("/api/residents/search", token, "{\"idNumber\":\"" + id + "\"}");
                long micros = (System.nanoTime() - t0) / 1_000;
                if (found.status() != 200 || found.body().size() != 1) {
                    throw new IllegalStateException("lookup " + i + " answered " + found.status());
                }
                if (i >= WARMUP_LOOKUPS) {
                    latency.recordValue(micros);
                }
            }
            // The same lookup without HTTP and JWT: keyed hash, index, decryption of the row.
            PersonalData personalData = service.getBean(PersonalData.class);
            Histogram direct = new Histogram(10_000_000L, 3);
            for (int i = 0; i < WARMUP_LOOKUPS + LOOKUPS; i++) {
                String id = sample.get((i * 104_729) % sample.size());
                long t0 = System.nanoTime();
                String stored = jdbc.queryForObject("select id_number from resident where id_number_hash = ?", String.class,
                        personalData.idNumberHash(id));
                if (!id.equals(personalData.open(stored))) {
                    throw new IllegalStateException("lookup " + i + " found another person");
                }
                if (i >= WARMUP_LOOKUPS) {
                    direct.recordValue((System.nanoTime() - t0) / 1_000);
                }
            }
            System.out.printf("lookup by ID number in the database (keyed hash, index, decrypt): p50 %.2f ms, p99 %.2f ms%n",
                    direct.getValueAtPercentile(50) / 1e3, direct.getValueAtPercentile(99) / 1e3);
            System.out.printf("lookup by ID number over HTTP (%d people loaded, %d lookups): p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    report.imported(), LOOKUPS, latency.getValueAtPercentile(50) / 1e3, latency.getValueAtPercentile(99) / 1e3,
                    latency.getMaxValue() / 1e3);
        }
        System.out.printf("population-import: %.0f people/s%n", perSecond);
    }
}
