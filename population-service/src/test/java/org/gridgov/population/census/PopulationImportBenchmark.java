package org.gridgov.population.census;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
 * events to the outbox; all-or-nothing, so every row is checked before any is written), then looks
 * people up by ID number, in the database and over HTTP, with the whole population loaded. The outbox
 * relay is off while measuring, so the figure is the import's; the relay's own throughput is
 * {@code ./gridgov bench outbox}.
 */
public final class PopulationImportBenchmark {

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
        // As in application.yaml: the outbox's JDBC batches go as multi-row inserts.
        properties.put("spring.datasource.hikari.data-source-properties.reWriteBatchedInserts", "true");
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

            CpuTime before = CpuTime.now(database);
            long started = System.nanoTime();
            ImportReport report = census.importSheet(CensusSheet.of("nanhe.csv", sheet), ImportMode.ALL_OR_NOTHING, importer);
            double seconds = (System.nanoTime() - started) / 1e9;
            CpuTime used = CpuTime.now(database).minus(before);
            perSecond = report.imported() / seconds;
            JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
            System.out.printf("imported %d people, %d households, %d special-group memberships (%.1f %%), %d refused, in %.1f s%n",
                    report.imported(), report.householdsFormed(), report.specialGroupMemberships(),
                    100.0 * report.specialGroupMemberships() / Math.max(1, report.imported()), report.refused(), seconds);
            System.out.printf("outbox rows written with them: %d%n", jdbc.queryForObject("select count(*) from gridgov_outbox", Long.class));
            // CPU seconds depend far less than wall time on what else the machine runs.
            System.out.printf("import CPU: service %.1f s, PostgreSQL %.1f s (%.0f µs per person); load average: %s%n",
                    used.service() / 1e9, used.postgres() / 1e9, (used.service() + used.postgres()) / 1e3 / report.imported(),
                    loadAverage());
            // Vacuumed and analysed as a loaded ledger would be: autovacuum working through the fresh rows
            // would otherwise compete with the lookups for the two cores.
            jdbc.execute("vacuum analyze");
            // The import's garbage (the sheet, its rows) collected now rather than during the lookups.
            System.gc();

            PersonalData personalData = service.getBean(PersonalData.class);
            Lookups lookups = new Lookups(((WebServerApplicationContext) service).getWebServer().getPort(),
                    DevTokens.forAccount("bench-leader").roles("GRID_LEADER").scope(SyntheticCounty.COUNTY)
                            .lifetime(Duration.ofHours(2)).sign());
            // The same lookup without HTTP and JWT: keyed hash, index, decryption of the row.
            Lookups.Measured direct = Lookups.atFixedRate(sample, 104_729, id -> {
                String stored = jdbc.queryForObject("select id_number from resident where id_number_hash = ?", String.class,
                        personalData.idNumberHash(id));
                if (!id.equals(personalData.open(stored))) {
                    throw new IllegalStateException("a lookup found another person");
                }
            });
            Lookups.Measured overHttp = Lookups.atFixedRate(sample, 7919, lookups::find);
            System.out.printf("lookup by ID number in the database (keyed hash, index, decrypt): %s%n", direct);
            System.out.printf("lookup by ID number over HTTP (%d people loaded): %s%n", report.imported(), overHttp);
            System.out.printf("load average: %s%n", loadAverage());
        }
        System.out.printf("population-import: %.0f people/s%n", perSecond);
    }

    /** The machine's load (1, 5, 15 minutes): figures taken on a shared machine mean little without it. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /**
     * CPU time of this JVM (the service) and of the PostgreSQL processes serving the benchmark's
     * database (found by the database name in their process title), in nanoseconds.
     */
    private record CpuTime(long service, long postgres) {

        static CpuTime now(String jdbcUrl) {
            String database = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1).split("\\?")[0];
            long service = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            long postgres = ProcessHandle.allProcesses().filter(process -> titleOf(process).contains(" " + database + " "))
                    .mapToLong(process -> process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
            return new CpuTime(service, postgres);
        }

        CpuTime minus(CpuTime earlier) {
            return new CpuTime(service - earlier.service, postgres - earlier.postgres);
        }

        private static String titleOf(ProcessHandle process) {
            try {
                return Files.readString(Path.of("/proc/" + process.pid() + "/cmdline"));
            } catch (IOException | RuntimeException e) {
                return ""; // gone, or not Linux
            }
        }
    }
}
