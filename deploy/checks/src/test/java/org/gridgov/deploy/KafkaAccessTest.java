package org.gridgov.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.gridgov.events.TopicSpec;
import org.gridgov.events.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The Kafka topics and users the overlays declare match the catalogue, the Topics table and the code. */
class KafkaAccessTest {

    static final List<String> OVERLAYS = Overlays.NAMES;
    static final List<String> SERVICES = DeployedService.ALL.stream().map(DeployedService::name).toList();

    private static final String REDRIVE = KafkaManifests.REDRIVE_USER;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyTopicOfTheCatalogueAndItsDeadLetterTopicIsDeclaredWithItsPartitions(String overlay) {
        Map<String, Integer> expected = new TreeMap<>();
        for (TopicSpec topic : Topics.catalogue()) {
            expected.put(topic.name(), topic.partitions());
            expected.put(topic.deadLetterName(), topic.partitions());
        }

        Map<String, Integer> declared = new TreeMap<>();
        for (JsonNode topic : Overlays.ofKind(overlay, "KafkaTopic")) {
            declared.put(topic.path("spec").path("topicName").asText(), topic.path("spec").path("partitions").asInt());
        }

        assertThat(declared).isEqualTo(expected);
    }

    @Test
    void whoWritesAndReadsEachTopicIsTheTopicsTableOfTheArchitecture() {
        Map<String, Set<String>> writers = access("prod", "Write");
        Map<String, Set<String>> readers = access("prod", "Read");

        // Besides these, operators re-drive dead letters: they read every .dlt and write every topic back.
        table(writers, readers, Topics.CASE_REPORTED, Set.of("case-workflow", "external-intake"), Set.of("case-workflow"));
        table(writers, readers, Topics.CASE_EVENTS, Set.of("case-workflow"),
                Set.of("notification", "dispute-mediation", "analytics"));
        table(writers, readers, Topics.CASE_ESCALATED, Set.of("case-workflow"), Set.of("notification", "command-centres"));
        table(writers, readers, Topics.CASE_DISPATCHED, Set.of("case-workflow"),
                Set.of("notification", "department-integrations"));
        table(writers, readers, Topics.CASE_FEEDBACK, Set.of("department-integrations"), Set.of("case-workflow"));
        table(writers, readers, Topics.GRID_UNITS, Set.of("grid-registry"), Set.of("case-workflow", "population", "notification",
                "dispute-mediation"));
        table(writers, readers, Topics.POPULATION_EVENTS, Set.of("population"), Set.of("grid-registry", "case-workflow"));
        table(writers, readers, Topics.DISPUTE_EVENTS, Set.of("dispute-mediation"), Set.of("case-workflow", "notification"));
        assertThat(writers.keySet()).containsAll(Topics.catalogue().stream().map(TopicSpec::name).toList());
    }

    @Test
    void onlyTheServicesThatConsumeATopicParkAndCountItsDeadLetters() {
        Map<String, Set<String>> writers = access("prod", "Write");
        Map<String, Set<String>> readers = access("prod", "Read");

        for (TopicSpec topic : Topics.catalogue()) {
            Set<String> consumingServices = readers.getOrDefault(topic.name(), Set.of()).stream()
                    .filter(SERVICES::contains).collect(Collectors.toSet());
            assertThat(writers.getOrDefault(topic.deadLetterName(), Set.of())).as(topic.deadLetterName() + " writers")
                    .isEqualTo(consumingServices);
            assertThat(readers.getOrDefault(topic.deadLetterName(), Set.of())).as(topic.deadLetterName() + " readers")
                    .isEqualTo(union(consumingServices, Set.of(REDRIVE)));
        }
    }

    @Test
    void everyUserReadsInConsumerGroupsOfItsOwnOnly() {
        for (JsonNode user : Overlays.ofKind("prod", "KafkaUser")) {
            String name = Overlays.name(user);
            for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
                if (acl.path("resource").path("type").asText().equals("group")) {
                    assertThat(acl.path("resource").path("name").asText()).as("a consumer group of " + name)
                            .isIn(name, name + "-dead-letter-redrive");
                }
                assertThat(acl.path("resource").path("patternType").asText("literal")).isEqualTo("literal");
            }
        }
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void whatAServicesCodeWritesAndReadsItsKafkaUserAllows(String name) throws IOException {
        DeployedService service = DeployedService.named(name);
        Path sources = Overlays.projectRoot().resolve(service.module()).resolve("src/main");
        assumeThat(sources).as("%s is not in this checkout yet: nothing to compare its ACLs with", service.module()).exists();

        Set<String> written = new TreeSet<>();
        Set<String> read = new TreeSet<>();
        for (String source : sourcesOf(sources.resolve("java"))) {
            written.addAll(topics(source, WRITES));
            read.addAll(topics(source, READS));
        }
        if (usesUnitReplica(sources.resolve("resources"))) {
            read.add(Topics.GRID_UNITS);
        }

        assertThat(access("prod", "Write").entrySet().stream().filter(topic -> topic.getValue().contains(name))
                .map(Map.Entry::getKey).collect(Collectors.toSet())).as("topics %s may write", name).containsAll(written);
        assertThat(access("prod", "Read").entrySet().stream().filter(topic -> topic.getValue().contains(name))
                .map(Map.Entry::getKey).collect(Collectors.toSet())).as("topics %s may read", name).containsAll(read);
    }

    /** {@code outbox.append(Topics.CASE_EVENTS, ...)} and {@code appendTombstone(Topics.GRID_UNITS, ...)}. */
    private static final Pattern WRITES = Pattern.compile("append(?:Tombstone)?\\(\\s*Topics\\.([A-Z_]+)");
    /** {@code @KafkaListener(topics = Topics.X)} or {@code topics = {Topics.X, Topics.Y}}, up to its closing parenthesis. */
    private static final Pattern READS = Pattern.compile("@KafkaListener\\(([^)]*)\\)", Pattern.DOTALL);
    private static final Pattern CONSTANT = Pattern.compile("Topics\\.([A-Z_]+)");

    private static Set<String> topics(String source, Pattern pattern) {
        Set<String> topics = new HashSet<>();
        Matcher matcher = pattern.matcher(source);
        while (matcher.find()) {
            Matcher constants = CONSTANT.matcher(pattern == WRITES ? "Topics." + matcher.group(1) : matcher.group(1));
            while (constants.find()) {
                topics.add(topicNamed(constants.group(1)));
            }
        }
        return topics;
    }

    private static String topicNamed(String constant) {
        try {
            Field field = Topics.class.getField(constant);
            return (String) field.get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Topics." + constant + " is not a topic of the catalogue", e);
        }
    }

    private static boolean usesUnitReplica(Path resources) throws IOException {
        if (!Files.isDirectory(resources)) {
            return false;
        }
        for (String file : sourcesOf(resources)) {
            if (file.replaceAll("\\s", "").matches("(?s).*(replica:enabled:true|gridgov\\.units\\.replica\\.enabled=true).*")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> sourcesOf(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> file.toString().matches(".*\\.(java|ya?ml|properties)$"))
                    .map(file -> {
                        try {
                            return Files.readString(file);
                        } catch (IOException e) {
                            throw new AssertionError(e);
                        }
                    }).toList();
        }
    }

    private static void table(Map<String, Set<String>> writers, Map<String, Set<String>> readers, String topic,
                              Set<String> writtenBy, Set<String> readBy) {
        assertThat(writers.get(topic)).as("who writes " + topic).isEqualTo(union(writtenBy, Set.of(REDRIVE)));
        assertThat(readers.get(topic)).as("who reads " + topic).isEqualTo(readBy);
    }

    /** Topic name to the users whose ACLs grant the operation on it. */
    private static Map<String, Set<String>> access(String overlay, String operation) {
        Map<String, Set<String>> access = new HashMap<>();
        for (JsonNode user : Overlays.ofKind(overlay, "KafkaUser")) {
            for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
                boolean grants = false;
                for (JsonNode granted : acl.path("operations")) {
                    grants |= granted.asText().equals(operation);
                }
                if (grants && acl.path("resource").path("type").asText().equals("topic")) {
                    access.computeIfAbsent(acl.path("resource").path("name").asText(), topic -> new TreeSet<>())
                            .add(Overlays.name(user));
                }
            }
        }
        return access;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> union = new TreeSet<>(a);
        union.addAll(b);
        return union;
    }
}
