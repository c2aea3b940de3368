package org.gridgov.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

class AsyncApiDocumentTest {

    private static final String DOCUMENT = "asyncapi.yaml";
    private static final String SCHEMA_REF_PREFIX = "./" + EventSchemas.RESOURCE_ROOT;

    /** Topics whose events the platform itself receives from departments' and intake systems' integrations. */
    private static final Set<String> RECEIVED = Set.of(Topics.CASE_REPORTED, Topics.CASE_FEEDBACK);

    private static JsonNode document;

    @BeforeAll
    static void readDocument() throws IOException {
        try (InputStream in = AsyncApiDocumentTest.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            assertThat(in).as(DOCUMENT + " on the classpath").isNotNull();
            document = YAMLMapper.builder().build().readTree(in);
        }
    }

    @Test
    void documentIsAsyncApiThree() {
        assertThat(document.path("asyncapi").asString()).isEqualTo("3.0.0");
        assertThat(document.at("/info/title").asString()).isEqualTo("GridGov events");
        assertThat(document.at("/info/version").asString()).isEqualTo("1.0.0");
        assertThat(document.at("/servers/kafka/protocol").asString()).isEqualTo("kafka");
    }

    @Test
    void documentExplainsTheBinaryModeHeaders() {
        String description = document.at("/info/description").asString();

        assertThat(description).contains("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_subject", "ce_time",
                "ce_dataschema", "content-type", "application/json", "traceparent");
    }

    @Test
    void everyTopicHasAChannelAtItsName() {
        for (TopicSpec topic : Topics.catalogue()) {
            JsonNode channel = channelAt(topic.name()).orElse(null);

            assertThat(channel).as("channel of %s", topic.name()).isNotNull();
            assertThat(channel.at("/bindings/kafka/topic").asString()).isEqualTo(topic.name());
            assertThat(channel.at("/bindings/kafka/partitions").asInt()).isEqualTo(topic.partitions());
            assertThat(channel.at("/bindings/kafka/topicConfiguration/cleanup.policy/0").asString())
                    .isEqualTo(topic.config().get("cleanup.policy"));
            if (!topic.compacted()) {
                assertThat(channel.at("/bindings/kafka/topicConfiguration/retention.ms").asLong())
                        .isEqualTo(topic.retention().toMillis());
            }
        }
    }

    @Test
    void everyDeadLetterTopicHasAChannelAtItsName() {
        for (TopicSpec topic : Topics.catalogue()) {
            JsonNode channel = channelAt(topic.deadLetterName()).orElse(null);

            assertThat(channel).as("channel of %s", topic.deadLetterName()).isNotNull();
            assertThat(channel.at("/bindings/kafka/partitions").asInt())
                    .as("a dead letter keeps the partition it came from")
                    .isEqualTo(topic.partitions());
        }
    }

    @Test
    void everyChannelBelongsToTheCatalogue() {
        Set<String> known = Topics.catalogue().stream()
                .flatMap(topic -> Stream.of(topic.name(), topic.deadLetterName()))
                .collect(Collectors.toSet());

        List<String> addresses = document.path("channels").valueStream()
                .map(channel -> channel.path("address").asString())
                .toList();

        assertThat(addresses).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(known);
    }

    @Test
    void everyTopicListsTheEventTypesItCarries() {
        for (TopicSpec topic : Topics.catalogue()) {
            Set<String> types = topic.payloads().stream().map(EventTypes::typeOf).collect(Collectors.toSet());

            List<String> documented = messagesOf(channelAt(topic.name()).orElseThrow()).stream()
                    .map(message -> message.at("/headers/allOf/1/properties/ce_type/const").asString())
                    .toList();

            assertThat(documented).as("event types on %s", topic.name()).containsExactlyInAnyOrderElementsOf(types);
        }
    }

    @Test
    void everyMessageNamesTheSchemaOfItsType() {
        for (JsonNode message : eventMessages()) {
            String type = message.at("/headers/allOf/1/properties/ce_type/const").asString();
            Class<?> record = EventTypes.recordOf(type).orElseThrow();

            assertThat(message.at("/payload/$ref").asString())
                    .isEqualTo(SCHEMA_REF_PREFIX + EventTypes.schemaPathOf(record));
            assertThat(message.at("/headers/allOf/1/properties/ce_dataschema/const").asString())
                    .isEqualTo(EventTypes.dataSchemaOf(record).toString());
            assertThat(message.at("/bindings/kafka/key/description").asString()).isNotBlank();
        }
    }

    @Test
    void everySchemaFileIsThePayloadOfSomeMessage() throws IOException, URISyntaxException {
        Set<String> referenced = eventMessages().stream()
                .map(message -> message.at("/payload/$ref").asString())
                .collect(Collectors.toSet());

        List<String> files = PayloadSchemasTest.schemaFiles();

        assertThat(files).allSatisfy(file -> assertThat(referenced).contains(SCHEMA_REF_PREFIX + file));
    }

    @Test
    void everyReferencedSchemaFileExists() {
        List<String> references = eventMessages().stream().map(message -> message.at("/payload/$ref").asString()).toList();

        assertThat(references).isNotEmpty().allSatisfy(reference ->
                assertThat(getClass().getClassLoader().getResource(reference.substring(2)))
                        .as("file %s", reference)
                        .isNotNull());
    }

    @Test
    void examplesKeepTheirSchemas() {
        List<JsonNode> examples = new ArrayList<>();
        for (JsonNode message : eventMessages()) {
            String type = message.at("/headers/allOf/1/properties/ce_type/const").asString();
            for (JsonNode example : message.path("examples")) {
                assertThat(example.at("/headers/ce_type").asString()).isEqualTo(type);
                assertThat(EventSchemas.problems(type, CloudEventCodec.MAPPER.writeValueAsBytes(example.path("payload"))))
                        .as("example %s", example.path("name").asString())
                        .isEmpty();
                examples.add(example);
            }
        }

        assertThat(examples).as("examples for the integrators' topics").hasSizeGreaterThanOrEqualTo(RECEIVED.size());
    }

    @Test
    void platformSendsItsOwnTopicsAndReceivesWhatIntegrationsWrite() {
        for (TopicSpec topic : Topics.catalogue()) {
            Set<String> actions = actionsOn(topic.name());

            assertThat(actions).as("operations on %s", topic.name())
                    .contains(RECEIVED.contains(topic.name()) ? "receive" : "send");
        }
    }

    @Test
    void platformNeverSendsOnTheFeedbackTopic() {
        // Only departments' integrations write case.feedback; the REST API takes the same report directly.
        Set<String> actions = actionsOn(Topics.CASE_FEEDBACK);

        assertThat(actions).containsExactly("receive");
    }

    @Test
    void deadLettersAreSentByErrorHandlersAndReadByTheRedriveTool() {
        for (TopicSpec topic : Topics.catalogue()) {
            Set<String> actions = actionsOn(topic.deadLetterName());

            assertThat(actions).as("operations on %s", topic.deadLetterName()).containsExactlyInAnyOrder("send", "receive");
        }
    }

    @Test
    void everyReferenceInsideTheDocumentResolves() {
        List<String> references = new ArrayList<>();
        collectLocalReferences(document, references);

        assertThat(references).isNotEmpty().allSatisfy(reference ->
                assertThat(document.at(reference.substring(1)).isMissingNode()).as(reference).isFalse());
    }

    private static Optional<JsonNode> channelAt(String address) {
        return document.path("channels").valueStream()
                .filter(channel -> channel.path("address").asString().equals(address))
                .findFirst();
    }

    private static List<JsonNode> messagesOf(JsonNode channel) {
        return channel.path("messages").valueStream().map(AsyncApiDocumentTest::resolve).toList();
    }

    /** The messages that carry an event of the catalogue, i.e. every message but the dead letter. */
    private static List<JsonNode> eventMessages() {
        return document.at("/components/messages").valueStream()
                .filter(message -> message.at("/payload/$ref").isString())
                .toList();
    }

    private static Set<String> actionsOn(String address) {
        return document.path("operations").valueStream()
                .filter(operation -> resolve(operation.path("channel")).path("address").asString().equals(address))
                .map(operation -> operation.path("action").asString())
                .collect(Collectors.toSet());
    }

    private static JsonNode resolve(JsonNode node) {
        JsonNode reference = node.path("$ref");
        return reference.isString() ? document.at(reference.asString().substring(1)) : node;
    }

    private static void collectLocalReferences(JsonNode node, List<String> references) {
        JsonNode reference = node.path("$ref");
        if (reference.isString() && reference.asString().startsWith("#/")) {
            references.add(reference.asString());
        }
        for (JsonNode child : node) {
            collectLocalReferences(child, references);
        }
    }
}
