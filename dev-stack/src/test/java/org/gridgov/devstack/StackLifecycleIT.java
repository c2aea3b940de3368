package org.gridgov.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.gridgov.events.Topics;
import org.junit.jupiter.api.Test;

/**
 * {@code up} and {@code down} with PostgreSQL and Kafka, run from the packaged launcher as
 * {@code ./gridgov} runs it: the databases and topics exist, the data survives a restart, {@code
 * --reset} wipes it, {@code down} leaves nothing running, and a part that cannot start is named.
 */
class StackLifecycleIT {

    private static final Duration START = Duration.ofMinutes(3);

    @Test
    void upStartsPostgresAndKafkaKeepsTheirDataAndDownLeavesNothingRunning() throws Exception {
        try (LaunchedStack stack = LaunchedStack.onFreePorts(Path.of("target/it-stack"))) {
            List<String> said = stack.up(START, "--infra-only", "--reset");

            assertThat(said).anyMatch(line -> line.contains("postgres") && line.contains("ready on localhost:" + stack.layout.postgresPort()));
            assertThat(said).anyMatch(line -> line.contains("kafka") && line.contains("ready on " + stack.layout.kafkaBootstrap()));
            assertThat(said).anyMatch(line -> line.startsWith("export ADMIN_TOKEN='ey"));
            for (String database : ServiceSpec.databases()) {
                try (Connection connection = DriverManager.getConnection(stack.jdbcUrl(database), "postgres", "postgres")) {
                    assertThat(connection.isValid(2)).isTrue();
                }
            }
            try (Connection connection = DriverManager.getConnection(stack.jdbcUrl("gridgov_cases"), "postgres", "postgres")) {
                connection.createStatement().execute("create table kept_between_runs (id int)");
            }
            assertThat(topics(stack)).containsAll(Topics.catalogue().stream()
                    .flatMap(topic -> java.util.stream.Stream.of(topic.name(), topic.deadLetterName())).toList());
            List<ProcessHandle> parts = stack.parts();
            assertThat(parts).hasSizeGreaterThanOrEqualTo(3); // up, kafka, postgres

            int down = stack.down();

            assertThat(down).isZero();
            assertThat(stack.upHasEnded()).isTrue();
            assertThat(parts).noneMatch(ProcessHandle::isAlive);

            stack.up(START, "--infra-only");
            assertThat(tableExists(stack, "kept_between_runs")).isTrue();
            stack.down();

            stack.up(START, "--infra-only", "--reset");
            assertThat(tableExists(stack, "kept_between_runs")).isFalse();
            stack.down();
            assertThat(stack.parts()).isEmpty();
        }
    }

    @Test
    void aPartThatCannotStartIsNamedAndNothingIsLeftRunning() throws Exception {
        try (LaunchedStack stack = LaunchedStack.onFreePorts(Path.of("target/it-stack-failing"));
             ServerSocket squatter = new ServerSocket(stack.layout.port(StackLayout.KAFKA_PORT), 1, InetAddress.getLoopbackAddress())) {

            int exit = stack.upFailing("--infra-only");

            assertThat(exit).isNotZero();
            assertThat(stack.output()).anyMatch(line -> line.contains("kafka failed to start: port "
                    + stack.layout.port(StackLayout.KAFKA_PORT) + " is taken"));
            assertThat(stack.parts()).isEmpty();
        }
    }

    private static Set<String> topics(LaunchedStack stack) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.layout.kafkaBootstrap()))) {
            return admin.listTopics().names().get();
        }
    }

    private static boolean tableExists(LaunchedStack stack, String table) throws Exception {
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrl("gridgov_cases"), "postgres", "postgres");
             ResultSet found = connection.getMetaData().getTables(null, "public", table, null)) {
            return found.next();
        }
    }
}
