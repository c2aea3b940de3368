package org.gridgov.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.gridgov.events.cases.CaseClosed;
import org.gridgov.events.cases.CaseEscalated;
import org.gridgov.events.cases.CaseEvaluated;
import org.gridgov.events.cases.CaseFiled;
import org.gridgov.events.cases.CaseReported;
import org.gridgov.events.cases.DepartmentFeedback;
import org.gridgov.events.units.UnitState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
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
    void everySchemaIsPublishedAtThePathOfItsId(Class<?> payloadType) {
        String id = EventTypes.dataSchemaOf(payloadType).toString();

        byte[] file = EventSchemas.file(id.substring(EventTypes.SCHEMA_BASE.length())).orElseThrow();

        assertThat(CloudEventCodec.MAPPER.readTree(file).path("$id").asString()).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"case/nothing.v1.json", "../asyncapi.yaml", "asyncapi.yaml", "case", "/case/filed.v1.json"})
    void nothingButTheCataloguesSchemasIsPublished(String path) {
        assertThat(EventSchemas.file(path)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("payloadTypes")
    void everyRecordComponentIsAPropertyOfItsSchemaAndNothingElse(Class<?> payloadType) {
        JsonNode schema = readSchema(EventSchemas.RESOURCE_ROOT + EventTypes.schemaPathOf(payloadType));

        assertPropertiesAreComponents(payloadType, schema, schema);
    }

    @Test
    void everySchemaFileBelongsToAPayloadRecord() throws IOException, URISyntaxException {
        Set<String> claimed = payloadTypes().map(EventTypes::schemaPathOf).collect(Collectors.toSet());

        List<String> files = schemaFiles();

        assertThat(files).isNotEmpty().allSatisfy(file -> assertThat(claimed).contains(file));
    }

    @Test
    void populationAndDisputeEventsHaveNoFieldForPersonalData() {
        // Their services hold names, ID numbers, phones and addresses; the events may only point at them.
        List<String> fields = payloadTypes()
                .filter(payload -> payload.getPackageName().matches("org\\.gridgov\\.events\\.(population|disputes)"))
                .flatMap(PayloadSchemasTest::componentNames)
                .toList();

        assertThat(fields).isNotEmpty().noneMatch(field -> field.matches("(?i).*(name|phone|mobile|idcard|idnumber|address).*"));
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
    void caseSettledInMediationNamesItsDisputeAndAgreement() {
        byte[] unnamed = edit(CaseClosed.class, data -> data.put("cause", "SETTLED")
                .put("disputeId", SamplePayloads.DISPUTE_ID.toString()).putNull("agreementId"));
        byte[] named = edit(CaseClosed.class, data -> data.put("cause", "SETTLED")
                .put("disputeId", SamplePayloads.DISPUTE_ID.toString())
                .put("agreementId", SamplePayloads.AGREEMENT_ID.toString()));

        assertThat(EventSchemas.problems(CaseClosed.class, unnamed)).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem).contains("agreementId"));
        assertThat(EventSchemas.problems(CaseClosed.class, named)).isEmpty();
    }

    @Test
    void caseReferredWithItsDisputeNamesTheChannelAndTheBody() {
        byte[] nowhere = edit(CaseClosed.class, data -> data.put("cause", "REFERRED")
                .put("disputeId", SamplePayloads.DISPUTE_ID.toString()).put("referralChannel", "LITIGATION"));
        byte[] court = edit(CaseClosed.class, data -> data.put("cause", "REFERRED")
                .put("disputeId", SamplePayloads.DISPUTE_ID.toString()).put("referralChannel", "LITIGATION")
                .put("referralBodyCode", "NANHE_COURT"));

        assertThat(EventSchemas.problems(CaseClosed.class, nowhere)).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem).contains("referralBodyCode"));
        assertThat(EventSchemas.problems(CaseClosed.class, court)).isEmpty();
    }

    @Test
    void caseClosedAsWrittenBeforeItsCauseWasAddedIsAccepted() {
        byte[] older = edit(CaseClosed.class, data -> data.remove(List.of("cause", "disputeId", "agreementId",
                "referralChannel", "referralBodyCode")));

        List<String> problems = EventSchemas.problems(CaseClosed.class, older);

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

    @Test
    void boundaryPositionOutsideLongitudeAndLatitudeIsRefused() {
        // Easting and northing in metres, or lat/lon swapped past 90, must not pass as degrees.
        byte[] projected = edit(UnitState.class, data -> ((ArrayNode) data.at("/boundary/coordinates/0/1"))
                .set(0, data.numberNode(510_320.0)));

        List<String> problems = EventSchemas.problems(UnitState.class, projected);

        assertThat(problems).isNotEmpty().allSatisfy(problem -> assertThat(problem).contains("/boundary"));
    }

    @Test
    void unitSplitInPiecesMayHaveAMultiPolygonBoundary() {
        byte[] twoPieces = edit(UnitState.class, data -> data.set("boundary", CloudEventCodec.MAPPER.readTree("""
                {"type":"MultiPolygon","coordinates":[
                  [[[114.688,36.9985],[114.692,36.9985],[114.692,37.0015],[114.688,37.0015],[114.688,36.9985]]],
                  [[[114.695,37.0020],[114.697,37.0020],[114.697,37.0035],[114.695,37.0035],[114.695,37.0020]]]]}
                """)));

        List<String> problems = EventSchemas.problems(UnitState.class, twoPieces);

        assertThat(problems).isEmpty();
    }

    @Test
    void unitWithoutDrawnBoundaryIsAccepted() {
        byte[] undrawn = edit(UnitState.class, data -> data.putNull("boundary"));

        List<String> problems = EventSchemas.problems(UnitState.class, undrawn);

        assertThat(problems).isEmpty();
    }

    @Test
    void onlyACountyHasNoParent() {
        byte[] orphan = edit(UnitState.class, data -> data.putNull("parentCode"));
        byte[] county = edit(UnitState.class, data -> data.put("code", SamplePayloads.COUNTY).put("level", "COUNTY")
                .putNull("parentCode").putNull("boundary"));

        assertThat(EventSchemas.problems(UnitState.class, orphan)).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem).contains("parentCode"));
        assertThat(EventSchemas.problems(UnitState.class, county)).isEmpty();
    }

    @Test
    void staffRoleOutsideTheCatalogueIsRefusedByName() {
        byte[] mayor = edit(UnitState.class, data -> ((ObjectNode) data.at("/staff/0")).put("role", "MAYOR"));

        List<String> problems = EventSchemas.problems(UnitState.class, mayor);

        assertThat(problems).singleElement().asString().contains("/staff/0/role");
    }

    private static byte[] edit(Class<?> payloadType, Consumer<ObjectNode> change) {
        return SamplePayloads.editedJsonOf(payloadType, change);
    }

    /**
     * The schema's properties are exactly the record's components, at every depth: a component that
     * is a record, or a list of records, is checked against its own object schema.
     */
    private static void assertPropertiesAreComponents(Class<?> record, JsonNode objectSchema, JsonNode root) {
        Set<String> components = Arrays.stream(record.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toSet());

        assertThat(objectSchema.path("properties").propertyNames())
                .as("properties of the schema of %s", record.getSimpleName())
                .containsExactlyInAnyOrderElementsOf(components);
        assertThat(objectSchema.path("required").valueStream().map(JsonNode::asString))
                .as("required properties of the schema of %s", record.getSimpleName())
                .isSubsetOf(components);

        for (RecordComponent component : record.getRecordComponents()) {
            JsonNode property = resolve(objectSchema.path("properties").path(component.getName()), root);
            if (component.getType().isRecord()) {
                assertPropertiesAreComponents(component.getType(), property, root);
            } else if (List.class.isAssignableFrom(component.getType())
                    && component.getGenericType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
                assertPropertiesAreComponents(element, resolve(property.path("items"), root), root);
            }
        }
    }

    /** The component names of a record and of the records nested in it. */
    private static Stream<String> componentNames(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).flatMap(component -> Stream.concat(
                Stream.of(component.getName()),
                component.getGenericType() instanceof ParameterizedType list
                        && list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()
                        ? componentNames(element) : Stream.empty()));
    }

    /** The schema a local {@code $ref} points at, or the node itself. */
    private static JsonNode resolve(JsonNode schema, JsonNode root) {
        JsonNode reference = schema.path("$ref");
        return reference.isString() && reference.asString().startsWith("#/")
                ? root.at(reference.asString().substring(1))
                : schema;
    }

    static JsonNode readSchema(String resource) {
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
