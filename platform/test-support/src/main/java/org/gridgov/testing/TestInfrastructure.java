package org.gridgov.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.awaitility.Awaitility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The real PostgreSQL server and Kafka broker of a test JVM, started once on first use and shared
 * by every test class; each class gets its own database from {@link #newDatabase(String)}.
 *
 * <p>Where they come from, first match wins:
 * <ol>
 *   <li>existing servers named by the environment: {@code GRIDGOV_TEST_POSTGRES_URL} (a JDBC URL of a
 *       database the user may create databases from), {@code GRIDGOV_TEST_POSTGRES_USER},
 *       {@code GRIDGOV_TEST_POSTGRES_PASSWORD}; {@code GRIDGOV_TEST_KAFKA_BOOTSTRAP};</li>
 *   <li>Testcontainers, when a Docker engine answers within a few seconds;</li>
 *   <li>the real PostgreSQL server binaries from Maven Central (zonky) and the real KRaft broker
 *       of the Kafka jars (spring-kafka-test), in this JVM.</li>
 * </ol>
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile TestInfrastructure instance;

    private final PostgresServer postgres;
    private final String kafkaBootstrapServers;

    private TestInfrastructure(PostgresServer postgres, String kafkaBootstrapServers) {
        this.postgres = postgres;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
    }

    /** The shared infrastructure, started on first call. */
    public static TestInfrastructure get() {
        TestInfrastructure current = instance;
        if (current == null) {
            synchronized (TestInfrastructure.class) {
                if (instance == null) {
                    // A service started by hand against this infrastructure (a benchmark's main) is in
                    // development too: it trusts DevTokens, as the services of RealInfrastructure tests do.
                    System.getProperties().putIfAbsent("gridgov.security.development", "true");
                    System.getProperties().putIfAbsent("gridgov.security.audience", DevTokens.AUDIENCE);
                    instance = start();
                }
                current = instance;
            }
        }
        return current;
    }

    /** The bootstrap servers of the shared Kafka broker. */
    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /** The shared PostgreSQL server. */
    public PostgresServer postgres() {
        return postgres;
    }

    /**
     * A new, empty database on the shared server, named after {@code hint} (a test class, say).
     *
     * @return its JDBC URL
     */
    public String newDatabase(String hint) {
        String name = (hint.replaceAll("[^A-Za-z0-9]", "_") + "_" + DATABASES.incrementAndGet())
                .toLowerCase(Locale.ROOT);
        if (name.length() > 60) {
            name = name.substring(name.length() - 60);
        }
        if (!Character.isLetter(name.charAt(0))) {
            name = "t" + name.substring(1);
        }
        try (Connection connection = DriverManager.getConnection(postgres.adminUrl(), postgres.username(), postgres.password());
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return postgres.urlOf(name);
    }

    private static TestInfrastructure start() {
        // Shared build machines are slow and noisy: conditions get a minute, not Awaitility's 10 s.
        Awaitility.setDefaultTimeout(Duration.ofSeconds(60));
        Awaitility.setDefaultPollInterval(Duration.ofMillis(50));
        long started = System.nanoTime();
        String postgresUrl = System.getenv("GRIDGOV_TEST_POSTGRES_URL");
        String kafkaBootstrap = System.getenv("GRIDGOV_TEST_KAFKA_BOOTSTRAP");
        boolean docker = (postgresUrl == null || kafkaBootstrap == null) && dockerReachable();

        PostgresServer postgres;
        if (postgresUrl != null) {
            postgres = new PostgresServer(postgresUrl, envOr("GRIDGOV_TEST_POSTGRES_USER", "postgres"),
                    envOr("GRIDGOV_TEST_POSTGRES_PASSWORD", "postgres"));
        } else if (docker) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            postgres = new PostgresServer(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        } else {
            postgres = startEmbeddedPostgres();
        }

        String bootstrap;
        if (kafkaBootstrap != null) {
            bootstrap = kafkaBootstrap;
        } else if (docker) {
            KafkaContainer container = new KafkaContainer("apache/kafka-native:4.1.0");
            container.start();
            bootstrap = container.getBootstrapServers();
        } else {
            bootstrap = startEmbeddedKafka();
        }
        log.info("Test infrastructure ready in {} ms: PostgreSQL {}, Kafka {}",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), postgres.adminUrl(), bootstrap);
        return new TestInfrastructure(postgres, bootstrap);
    }

    private static PostgresServer startEmbeddedPostgres() {
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(server)));
            return new PostgresServer(server.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new IllegalStateException("could not start the embedded PostgreSQL server", e);
        }
    }

    private static String startEmbeddedKafka() {
        try {
            Path logs = Files.createTempDirectory("gridgov-kafka");
            EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
            broker.brokerProperty("log.dirs", logs.toString());
            broker.brokerProperty("auto.create.topics.enable", "false");
            broker.brokerProperty("group.initial.rebalance.delay.ms", "0");
            broker.brokerProperty("offsets.topic.num.partitions", "5");
            broker.afterPropertiesSet();
            // No orderly broker shutdown: the broker lives in this JVM and ends with it, while the
            // test contexts' consumers, closed by their own hooks at the same moment, would wait for
            // a broker that is going away. Only its log files are cleaned up.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(logs)));
            return broker.getBrokersAsString();
        } catch (IOException e) {
            throw new IllegalStateException("could not start the embedded Kafka broker", e);
        }
    }

    /** Asks Testcontainers only where an engine may exist, and never waits long for an answer. */
    private static boolean dockerReachable() {
        if ("false".equalsIgnoreCase(System.getenv("GRIDGOV_TEST_DOCKER"))) {
            return false;
        }
        boolean socket = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
        if (!socket) {
            return false;
        }
        try {
            return CompletableFuture.supplyAsync(() -> DockerClientFactory.instance().isDockerAvailable())
                    .get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            return false;
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // Temporary files; the operating system cleans up what is left.
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // The JVM is going away.
        }
    }

    /** A PostgreSQL server: an administrative database URL and the credentials for all its databases. */
    public record PostgresServer(String adminUrl, String username, String password) {

        /** The JDBC URL of another database on the same server. */
        public String urlOf(String database) {
            int slash = adminUrl.indexOf('/', "jdbc:postgresql://".length());
            int query = adminUrl.indexOf('?', slash);
            return adminUrl.substring(0, slash + 1) + database + (query < 0 ? "" : adminUrl.substring(query));
        }
    }
}
