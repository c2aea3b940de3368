package org.gridgov.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.gridgov.events.TopicSpec;
import org.gridgov.events.Topics;

/**
 * The stack's Kafka: a real broker in KRaft mode, one node that is both broker and controller,
 * run as its own process from the Kafka jars on Maven Central ({@code kafka.Kafka server.properties},
 * the way {@code kafka-server-start.sh} runs it). Its log segments stay in {@code .dev-stack/kafka}.
 */
final class KafkaBroker {

    static final String PART = "kafka";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final StackLayout layout;

    KafkaBroker(StackLayout layout) {
        this.layout = layout;
    }

    /** Writes the configuration, formats the storage on first start, and starts the broker. */
    ChildProcess start() throws IOException, InterruptedException {
        Path home = layout.kafka();
        Files.createDirectories(home);
        Path config = home.resolve("server.properties");
        Properties properties = serverProperties();
        try (var out = Files.newBufferedWriter(config)) {
            properties.store(out, "written by dev-stack at every start");
        }
        Path logging = home.resolve("log4j2.properties");
        try (InputStream in = KafkaBroker.class.getResourceAsStream("/devstack/kafka-log4j2.properties")) {
            Files.copy(in, logging, StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.exists(home.resolve("data").resolve("meta.properties"))) {
            format(config, logging);
        }
        return ChildProcess.start(PART, command(logging, "kafka.Kafka", config.toString()), Map.of(),
                home, layout.log(PART), layout.pids().resolve(PART + ".pid"));
    }

    Properties serverProperties() {
        int port = layout.port(StackLayout.KAFKA_PORT);
        int controller = layout.port(StackLayout.KAFKA_CONTROLLER_PORT);
        Properties properties = new Properties();
        properties.setProperty("process.roles", "broker,controller");
        properties.setProperty("node.id", "1");
        properties.setProperty("controller.quorum.voters", "1@localhost:" + controller);
        properties.setProperty("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controller);
        properties.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + port);
        properties.setProperty("controller.listener.names", "CONTROLLER");
        properties.setProperty("inter.broker.listener.name", "PLAINTEXT");
        properties.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        properties.setProperty("log.dirs", layout.kafka().resolve("data").toString());
        // One node: every internal topic has one replica, and fewer partitions start faster.
        properties.setProperty("offsets.topic.replication.factor", "1");
        properties.setProperty("offsets.topic.num.partitions", "6");
        properties.setProperty("transaction.state.log.replication.factor", "1");
        properties.setProperty("transaction.state.log.min.isr", "1");
        properties.setProperty("transaction.state.log.num.partitions", "6");
        properties.setProperty("share.coordinator.state.topic.replication.factor", "1");
        properties.setProperty("share.coordinator.state.topic.min.isr", "1");
        properties.setProperty("group.initial.rebalance.delay.ms", "0");
        // Topics come from the catalogue (created below, as Strimzi declares them in Kubernetes), never by accident.
        properties.setProperty("auto.create.topics.enable", "false");
        return properties;
    }

    /** Waits until the broker answers, failing early when its process has ended. */
    void awaitReady(ChildProcess broker) throws InterruptedException, StartFailure {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        try (Admin admin = admin()) {
            while (System.nanoTime() < deadline) {
                if (!broker.isAlive()) {
                    throw new StartFailure(PART, broker.log(), "the broker process ended with exit code " + broker.exitValue());
                }
                try {
                    admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException | TimeoutException notYet) {
                    Thread.sleep(250);
                }
            }
        }
        throw new StartFailure(PART, broker.log(), "the broker did not answer within " + START_TIMEOUT.toSeconds() + " s");
    }

    /** Creates the catalogue's topics and their dead-letter topics that do not exist yet. */
    List<String> createTopics() throws InterruptedException, ExecutionException {
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (TopicSpec topic : Topics.catalogue()) {
                if (!existing.contains(topic.name())) {
                    missing.add(new NewTopic(topic.name(), topic.partitions(), (short) 1).configs(topic.config()));
                }
                if (!existing.contains(topic.deadLetterName())) {
                    missing.add(new NewTopic(topic.deadLetterName(), topic.partitions(), (short) 1));
                }
            }
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
            return missing.stream().map(NewTopic::name).toList();
        }
    }

    private void format(Path config, Path logging) throws IOException, InterruptedException {
        String clusterId = Uuid.randomUuid().toString();
        ChildProcess format = ChildProcess.start(PART + "-format",
                command(logging, "kafka.tools.StorageTool", "format", "--cluster-id", clusterId, "--config", config.toString()),
                Map.of(), layout.kafka(), layout.log(PART), layout.pids().resolve(PART + "-format.pid"));
        int exit = format.waitFor(Duration.ofSeconds(60));
        format.stop(Duration.ofSeconds(1));
        if (exit != 0) {
            throw new IOException("formatting the Kafka storage failed (exit " + exit + "); see " + layout.log(PART));
        }
    }

    /** The broker runs from the launcher's own class path, which holds the Kafka jars and their dependencies. */
    private List<String> command(Path logging, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(ChildProcess.java()));
        command.addAll(ChildProcess.commonJvmOptions());
        command.addAll(List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dlog4j2.configurationFile=" + logging,
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return command;
    }

    private Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, layout.kafkaBootstrap(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500));
    }
}
