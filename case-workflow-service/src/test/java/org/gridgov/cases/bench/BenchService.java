package org.gridgov.cases.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.gridgov.cases.CaseWorkflowApplication;
import org.gridgov.runtime.units.UnitReplica;
import org.gridgov.testing.TestInfrastructure;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The service as it runs in production, started in this JVM on test-support's real PostgreSQL (a
 * database of its own) and Kafka, on a free port; quiet logs, no trace sampling.
 */
final class BenchService implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final String databaseUrl;

    private BenchService(ConfigurableApplicationContext context, String databaseUrl) {
        this.context = context;
        this.databaseUrl = databaseUrl;
    }

    static BenchService start(String name, Map<String, Object> settings) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        String database = infrastructure.newDatabase(name);
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", database);
        properties.put("spring.datasource.username", infrastructure.postgres().username());
        properties.put("spring.datasource.password", infrastructure.postgres().password());
        properties.put("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
        properties.put("server.port", "0");
        properties.put("logging.level.root", "WARN");
        properties.put("logging.structured.format.console", "");
        properties.put("management.tracing.sampling.probability", "0");
        // Reports carry grid codes: the registry's locate is never called.
        properties.put("gridgov.registry.url", "http://127.0.0.1:9");
        properties.putAll(settings);
        // As command-line arguments: they win over application.yaml, as the environment does in production.
        String[] arguments = properties.entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue()).toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CaseWorkflowApplication.class)
                .run(arguments);
        return new BenchService(context, database);
    }

    /** A benchmark's main: prints what failed, and ends the JVM, whose broker and service threads would keep it. */
    static void main(Benchmark benchmark) {
        int status = 0;
        try {
            benchmark.run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    /** The service, with the generated county read from {@code grid.units} and its tokens signed. */
    static BenchService withCounty(String name, BenchCounty county) throws InterruptedException {
        BenchService service = start(name, Map.of());
        // The service creates the topics at start; the registry's county follows.
        county.publish(TestInfrastructure.get().kafkaBootstrapServers());
        service.awaitTerritory(county.size());
        county.signTokens();
        return service;
    }

    /** The body of a benchmark. */
    interface Benchmark {
        void run() throws Exception;
    }

    /** Waits until the service holds the whole territory. */
    private void awaitTerritory(int units) throws InterruptedException {
        UnitReplica replica = context.getBean(UnitReplica.class);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!(replica.isCaughtUp() && replica.size() >= units)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the territory did not arrive: " + replica.size() + " units");
            }
            Thread.sleep(50);
        }
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    String databaseUrl() {
        return databaseUrl;
    }

    @Override
    public void close() {
        context.close();
    }
}
