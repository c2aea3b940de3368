package org.gridgov.registry.bench;

import java.util.ArrayList;
import java.util.List;

import org.gridgov.registry.Api;
import org.gridgov.registry.RegistryApplication;
import org.gridgov.registry.generator.CountyGenerator;
import org.gridgov.registry.generator.GeneratedCounty;
import org.gridgov.registry.transfer.UnitFeatures;
import org.gridgov.testing.DevTokens;
import org.gridgov.testing.TestInfrastructure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Imports the generated Nanhe county (1,418 units, 1,201 grids) through the service's HTTP API with
 * its coverage check ({@code requireTiling=true}), against a real PostgreSQL and Kafka (those of
 * test-support), several times over an emptied registry. One run first warms the service up.
 * {@code ./gridgov bench import}; the last line reads {@code import: <seconds> s} (the median run).
 */
public final class ImportBenchmark {

    private static final int RUNS = 5;

    private ImportBenchmark() {
    }

    public static void main(String[] args) {
        // The in-JVM broker starts before Spring Boot configures logging; its start-up chatter is not a figure.
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(ch.qos.logback.classic.Level.WARN);
        int exit;
        try {
            exit = measure();
        } catch (RuntimeException e) {
            e.printStackTrace();
            exit = 1;
        }
        // The in-JVM broker and database server have no orderly shutdown; the JVM ends them.
        System.exit(exit);
    }

    private static int measure() {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        String database = infrastructure.newDatabase("import_benchmark");
        // Arguments, not default properties: they must win over application.yaml's local settings.
        ConfigurableApplicationContext service = new SpringApplicationBuilder(RegistryApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + infrastructure.postgres().username(),
                "--spring.datasource.password=" + infrastructure.postgres().password(),
                "--spring.kafka.bootstrap-servers=" + infrastructure.kafkaBootstrapServers(),
                "--logging.structured.format.console=",
                "--logging.level.root=WARN");
        int exit = 0;
        try {
            Api api = Api.onPort(service.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
            JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
            String admin = DevTokens.forAccount("bench").roles("ADMIN").sign();
            GeneratedCounty county = CountyGenerator.nanhe();
            JsonNode collection = UnitFeatures.write(county.units());

            double warmUp = importOnce(api, admin, collection, jdbc);
            System.out.printf("warm-up run (cold service): %.2f s%n", warmUp);
            List<Double> runs = new ArrayList<>();
            for (int run = 1; run <= RUNS; run++) {
                double seconds = importOnce(api, admin, collection, jdbc);
                runs.add(seconds);
                System.out.printf("run %d: %d units, %.2f s%n", run, county.units().size(), seconds);
            }
            long started = System.nanoTime();
            Api.Response again = api.post("/api/units/import?requireTiling=true", admin, collection);
            System.out.printf("re-import of the same file (nothing changes): %.2f s, %d unchanged%n",
                    (System.nanoTime() - started) / 1e9, again.body().get("unchanged").asInt());
            List<Double> sorted = runs.stream().sorted().toList();
            System.out.printf("import: %.2f s%n", sorted.get(sorted.size() / 2));
        } catch (RuntimeException e) {
            e.printStackTrace();
            exit = 1;
        } finally {
            service.close();
        }
        return exit;
    }

    /** Empties the registry, then imports the county over HTTP and returns the seconds it took. */
    private static double importOnce(Api api, String token, JsonNode collection, JdbcTemplate jdbc) {
        jdbc.execute("truncate staff_assignment, unit");
        long started = System.nanoTime();
        Api.Response response = api.post("/api/units/import?requireTiling=true", token, collection);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (response.status() != 200 || !response.body().get("tiled").asBoolean()) {
            throw new IllegalStateException("import failed: " + response.status() + " " + response.body());
        }
        return seconds;
    }
}
