package org.gridgov.deploy;

import static org.gridgov.deploy.Yaml.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.gridgov.events.TopicSpec;
import org.gridgov.events.Topics;

/**
 * Strimzi's {@code KafkaTopic} and {@code KafkaUser} resources, from the topic catalogue of
 * event-contracts and the service table, so neither can drift from what the services do.
 */
final class KafkaManifests {

    /** The Strimzi {@code Kafka} resource every topic and user belongs to (deploy/base/kafka/kafka.yaml). */
    static final String CLUSTER = "gridgov";
    static final String STRIMZI_API = "kafka.strimzi.io/v1beta2";
    /** The re-drive of dead letters by operators: read every dead-letter topic, write back to its source. */
    static final String REDRIVE_USER = "dead-letter-redrive";

    private KafkaManifests() {
    }

    /**
     * Every topic of the catalogue and its dead-letter topic. Replicas and {@code min.insync.replicas}
     * are left to the broker's defaults, which the overlays set (dev 1, prod 3 and 2).
     */
    static String topics() {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (TopicSpec topic : Topics.catalogue()) {
            documents.add(topic(topic.name(), topic.partitions(), new TreeMap<>(topic.config()), topic.description()));
            // The error handler keeps the partition of the failed record, so the DLT has as many partitions.
            documents.add(topic(topic.deadLetterName(), topic.partitions(), Map.of(),
                    "Records of " + topic.name() + " that failed after retries, with the failure in headers."));
        }
        return Yaml.stream("""
                Generated from org.gridgov.events.Topics.catalogue() by deploy/checks (GenerateManifests).
                Do not edit: change the catalogue, then run ./mvnw -q -f deploy/checks/pom.xml compile exec:java""", documents);
    }

    private static Map<String, Object> topic(String name, int partitions, Map<String, String> config, String description) {
        return resource("KafkaTopic", name, description, map(
                "topicName", name,
                "partitions", partitions,
                "config", config.isEmpty() ? null : config));
    }

    /** A Strimzi resource of the platform's cluster, with what it is for in an annotation. */
    private static Map<String, Object> resource(String kind, String name, String description, Map<String, Object> spec) {
        return map(
                "apiVersion", STRIMZI_API,
                "kind", kind,
                "metadata", map(
                        "name", name,
                        "labels", map("strimzi.io/cluster", CLUSTER, "app.kubernetes.io/part-of", "gridgov"),
                        "annotations", map("gridgov.org/description", description)),
                "spec", spec);
    }

    /** A user per service and per outside client, with exactly the rights of the Topics table. */
    static String users() {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (DeployedService service : DeployedService.ALL) {
            if (service.usesKafka()) {
                documents.add(user(service.name(), "the " + service.name() + " service",
                        serviceRules(service.name(), service.writes(), service.reads())));
            }
        }
        for (ExternalClient client : ExternalClient.ALL) {
            documents.add(user(client.name(), client.why(), clientRules(client.name(), client.writes(), client.reads())));
        }
        documents.add(user(REDRIVE_USER, "operators re-driving dead letters into the topic they came from", redriveRules()));
        return Yaml.stream("""
                Generated from the service table of deploy/checks (DeployedService, ExternalClient) by GenerateManifests.
                Do not edit: change the table, then run ./mvnw -q -f deploy/checks/pom.xml compile exec:java""", documents);
    }

    /**
     * A service writes the topics it owns, reads those it consumes in its own group, parks failed
     * records in their dead-letter topics and may count and re-drive them (a group of its own).
     */
    static List<Map<String, Object>> serviceRules(String name, Set<String> writes, Set<String> reads) {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (String topic : new TreeSet<>(writes)) {
            rules.add(rule("topic", topic, "Write", "Describe"));
        }
        for (String topic : new TreeSet<>(reads)) {
            rules.add(rule("topic", topic, "Read", "Describe"));
            rules.add(rule("topic", topic + TopicSpec.DEAD_LETTER_SUFFIX, "Write", "Read", "Describe"));
        }
        if (!reads.isEmpty()) {
            rules.add(rule("group", name, "Read"));
            rules.add(rule("group", name + "-dead-letter-redrive", "Read"));
        }
        return rules;
    }

    static List<Map<String, Object>> clientRules(String name, Set<String> writes, Set<String> reads) {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (String topic : new TreeSet<>(writes)) {
            rules.add(rule("topic", topic, "Write", "Describe"));
        }
        for (String topic : new TreeSet<>(reads)) {
            rules.add(rule("topic", topic, "Read", "Describe"));
        }
        if (!reads.isEmpty()) {
            rules.add(rule("group", name, "Read"));
        }
        return rules;
    }

    private static List<Map<String, Object>> redriveRules() {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (TopicSpec topic : Topics.catalogue()) {
            rules.add(rule("topic", topic.deadLetterName(), "Read", "Describe"));
            rules.add(rule("topic", topic.name(), "Write", "Describe"));
        }
        rules.add(rule("group", REDRIVE_USER, "Read"));
        return rules;
    }

    private static Map<String, Object> rule(String type, String name, String... operations) {
        // Literal names (the default pattern), from any host (the default): Strimzi writes neither.
        return map(
                "resource", map("type", type, "name", name),
                "operations", List.of(operations));
    }

    private static Map<String, Object> user(String name, String who, List<Map<String, Object>> rules) {
        // The User Operator writes the password and a ready sasl.jaas.config into a Secret of this name.
        return resource("KafkaUser", name, who, map(
                "authentication", map("type", "scram-sha-512"),
                "authorization", map("type", "simple", "acls", rules)));
    }
}
