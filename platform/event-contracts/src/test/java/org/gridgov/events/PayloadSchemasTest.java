package org.gridgov.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gridgov.events.cases.CaseEscalated;
import org.gridgov.events.cases.CaseEvaluated;
import org.gridgov.events.cases.CaseFiled;
import org.gridgov.events.cases.CaseReported;
import org.gridgov.events.cases.DepartmentFeedback;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class PayloadSchemasTest {

    static Stream<Class<?>> payloadTypes() {
        return Topics.catalogue().stream().flatMap(topic -> topic.payloads().stream()).distinct();
    }

    @ParameterizedTest
    @MethodSource("payloadTypes")
    void everyProducedPayloadKeepsItsSchema(Class<?> payloadType) {
        byte[] json = SamplePayloads.jsonOf(payloadType);

        List<String> problems = EventSchemas.problems(EventTypes.typeOf(payloadType), json);

        assertThat(problems).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("payloadTypes")
    void everyPayloadHasASchemaWhoseIdIsItsDataSchema(Class<?> payloadType) {
        String path = EventSchemas.RESOURCE_ROOT + EventTypes.schemaPathOf(payloadType);

        JsonNode schema = readSchema(path);

        assertThat(schema.path("$id").asString()).isEqualTo(EventTypes.dataSchemaOf(payloadType).toString());
        assertThat(schema.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @ParameterizedTest
    @MethodSource("payloadTypes")
    void everyRecordComponentIsAPropertyOfItsSchemaAndNothingElse(Class<?> payloadType) {
        Set<String> components = Arrays.stream(payloadType.getRecordComponents())
                .map(component -> component.getName())
                .collect(Collectors.toSet());

        JsonNode schema = readSchema(EventSchemas.RESOURCE_ROOT + EventTypes.schemaPathOf(payloadType));

        assertThat(schema.path("properties").propertyNames()).containsExactlyInAnyOrderElementsOf(components);
        assertThat(schema.path("required").valueStream().map(JsonNode::asString)).isSubsetOf(components);
    }

    @Test
    void everySchemaFileBelongsToAPayloadRecord() throws IOException, URISyntaxException {
        Set<String> claimed = payloadTypes().map(EventTypes::schemaPathOf).collect(Collectors.toSet());

        List<String> files = schemaFiles();

        assertThat(files).isNotEmpty().allSatisfy(file -> assertThat(claimed).contains(file));
    }

    @Test
    void missingRequiredFieldIsRefusedByName() {
        byte[] withoutCase = edit(CaseFiled.class, data -> data.remove("caseId"));

        List<String> problems = EventSchemas.problems(CaseFiled.class, withoutCase);

        assertThat(problems).singleElement().asString().contains("caseId");
    }

    @Test
    void malformedUuidIsRefusedByName() {
        byte[] badId = edit(CaseFiled.class, data -> data.put("caseId", "case-42"));

        List<String> problems = EventSchemas.problems(CaseFiled.class, badId);

        assertThat(problems).singleElement().asString().contains("caseId").contains("uuid");
    }

    @Test
    void levelOutsideTheHierarchyIsRefusedByName() {
        byte[] city = edit(CaseFiled.class, data -> data.put("level", "CITY"));

        List<String> problems = EventSchemas.problems(CaseFiled.class, city);

        assertThat(problems).singleElement().asString().contains("level");
    }

    @Test
    void timeWithoutOffsetIsRefused() {
        // A local time would be read differently by each consumer's zone; the contract wants RFC 3339.
        byte[] localTime = edit(CaseFiled.class, data -> data.put("filedAt", "2025-04-02 08:16:00"));

        List<String> problems = EventSchemas.problems(CaseFiled.class, localTime);

        assertThat(problems).singleElement().asString().contains("filedAt").contains("date-time");
    }

    @Test
    void unitCodeMustBeADivisionCode() {
        byte[] named = edit(CaseFiled.class, data -> data.put("unitCode", "Nanhe"));

        List<String> problems = EventSchemas.problems(CaseFiled.class, named);

        assertThat(problems).singleElement().asString().contains("unitCode");
    }

    @Test
    void ratingAboveFiveIsRefused() {
        byte[] six = edit(CaseEvaluated.class, data -> data.put("rating", 6));

        List<String> problems = EventSchemas.problems(CaseEvaluated.class, six);

        assertThat(problems).singleElement().asString().contains("rating");
    }

    @Test
    void explicitEscalationMustGiveAReason() {
        byte[] silent = edit(CaseEscalated.class, data -> data.putNull("reason"));

        List<String> problems = EventSchemas.problems(CaseEscalated.class, silent);

        assertThat(problems).isNotEmpty().allSatisfy(problem -> assertThat(problem).contains("reason"));
    }

    @Test
    void automaticEscalationNeedsNoReason() {
        byte[] overdue = edit(CaseEscalated.class, data -> data.put("cause", "OVERDUE").putNull("reason"));

        List<String> problems = EventSchemas.problems(CaseEscalated.class, overdue);

        assertThat(problems).isEmpty();
    }

    @Test
    void hotlineReportWithoutPositionOrGridIsAccepted() {
        byte[] byAddress = edit(CaseReported.class, data -> data.put("channel", "HOTLINE")
                .put("addressText", "East end of the canal bridge, Hezhuang village")
                .putNull("longitude").putNull("latitude").putNull("gridCode").putNull("reporterRef"));

        List<String> problems = EventSchemas.problems(CaseReported.class, byAddress);

        assertThat(problems).isEmpty();
    }

    @Test
    void propertyAddedInsideAVersionIsAccepted() {
        byte[] grown = edit(DepartmentFeedback.class, data -> data.put("costYuan", 350));

        List<String> problems = EventSchemas.problems(DepartmentFeedback.class, grown);

        assertThat(problems).isEmpty();
    }

    @Test
    void dataThatIsNotJsonIsAProblemNotACrash() {
        byte[] truncated = "{\"caseId\":".getBytes();

        List<String> problems = EventSchemas.problems(CaseFiled.class, truncated);

        assertThat(problems).singleElement().asString().contains("not JSON");
    }

    @Test
    void requireValidListsEveryProblem() {
        byte[] broken = edit(CaseFiled.class, data -> data.put("caseId", "case-42").put("severity", "URGENT"));

        assertThatThrownBy(() -> EventSchemas.requireValid("org.gridgov.case.filed.v1", broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("https://schemas.gridgov.org/case/filed.v1.json")
                .hasMessageContaining("caseId")
                .hasMessageContaining("severity");
    }

    @Test
    void requireValidLetsAValidEventThrough() {
        byte[] json = SamplePayloads.jsonOf(DepartmentFeedback.class);

        EventSchemas.requireValid("org.gridgov.case.feedback.v1", json);
    }

    @Test
    void typeOutsideTheCatalogueIsAnError() {
        byte[] json = SamplePayloads.jsonOf(CaseFiled.class);

        assertThatThrownBy(() -> EventSchemas.problems("org.gridgov.case.filed.v9", json))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("org.gridgov.case.filed.v9");
    }

    @Test
    void classWithoutEventTypeIsAnError() {
        assertThatThrownBy(() -> EventSchemas.problems(String.class, "{}".getBytes()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] edit(Class<?> payloadType, Consumer<ObjectNode> change) {
        ObjectNode data = (ObjectNode) CloudEventCodec.MAPPER.readTree(SamplePayloads.jsonOf(payloadType));
        change.accept(data);
        return CloudEventCodec.MAPPER.writeValueAsBytes(data);
    }

    private static JsonNode readSchema(String resource) {
        try (InputStream in = PayloadSchemasTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("schema resource %s", resource).isNotNull();
            return CloudEventCodec.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every schema file, as a path below {@code schemas/}; tests read the resources from a directory. */
    static List<String> schemaFiles() throws IOException, URISyntaxException {
        Path root = Path.of(PayloadSchemasTest.class.getClassLoader().getResource(EventSchemas.RESOURCE_ROOT).toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
