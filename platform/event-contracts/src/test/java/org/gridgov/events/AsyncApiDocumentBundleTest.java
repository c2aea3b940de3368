package org.gridgov.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The document as integrators get it: self-contained, every message's payload the schema of its
 * type, and the YAML the gateway serves reading back as the same tree.
 */
class AsyncApiDocumentBundleTest {

    private final JsonNode bundled = AsyncApiDocument.bundled();

    @Test
    void everyReferenceStaysInsideTheDocumentAndResolves() {
        List<String> references = references(bundled);

        assertThat(references).isNotEmpty().allSatisfy(reference -> {
            assertThat(reference).startsWith("#/");
            assertThat(bundled.at(reference.substring(1)).isMissingNode()).as(reference).isFalse();
        });
    }

    @Test
    void everyEventMessagesPayloadResolvesToTheSchemaOfItsType() {
        JsonNode messages = bundled.at("/components/messages");
        int events = 0;
        for (String name : messages.propertyNames()) {
            JsonNode message = messages.path(name);
            String type = message.at("/headers/allOf/1/properties/ce_type/const").asString();
            if (type.isEmpty()) {
                continue; // the dead letter: any record, no payload schema of its own
            }
            Class<?> record = EventTypes.recordOf(type).orElseThrow();
            JsonNode source = PayloadSchemasTest.readSchema(EventSchemas.RESOURCE_ROOT + EventTypes.schemaPathOf(record));

            JsonNode payload = resolve(message.path("payload"));

            assertThat(payload.path("title").asString()).as(name).isEqualTo(source.path("title").asString());
            assertThat(payload.path("properties").propertyNames()).as(name)
                    .containsExactlyElementsOf(source.path("properties").propertyNames());
            assertThat(payload.path("required")).as(name).isEqualTo(source.path("required"));
            events++;
        }

        assertThat(events).isEqualTo(PayloadSchemasTest.payloadTypes().count()
                + 2); // CaseEscalated and CaseDispatched travel on their routing topics too
    }

    @Test
    void everySchemaOfTheCatalogueIsAComponentNamedAfterItsType() {
        PayloadSchemasTest.payloadTypes().forEach(record -> {
            String name = EventTypes.typeOf(record).substring("org.gridgov.".length());

            assertThat(bundled.at("/components/schemas").has(name)).as(name).isTrue();
            assertThat(AsyncApiDocument.componentName(EventSchemas.RESOURCE_ROOT + EventTypes.schemaPathOf(record)))
                    .isEqualTo(name);
        });
    }

    @Test
    void bundledSchemasCarryNoIdOrDialectThatWouldMoveTheirReferences() {
        assertThat(keysNamed(bundled, "$id")).isEmpty();
        assertThat(keysNamed(bundled, "$schema")).isEmpty();
    }

    @Test
    void aSchemasReferencesToItsOwnDefinitionsPointIntoItsComponent() {
        JsonNode boundary = bundled.at("/components/schemas/grid.unit-state.v1/properties/boundary/oneOf");

        assertThat(boundary.get(1).path("$ref").asString())
                .isEqualTo("#/components/schemas/grid.unit-state.v1/$defs/polygon");
        assertThat(resolve(boundary.get(1)).at("/properties/type/const").asString()).isEqualTo("Polygon");
    }

    @Test
    void theYamlServedReadsBackAsTheBundledDocument() {
        JsonNode read = YAMLMapper.builder().build().readTree(AsyncApiDocument.yaml());

        assertThat(read).isEqualTo(bundled);
        assertThat(read.at("/components/messages/caseReported/examples/0/headers/ce_specversion").isString()).isTrue();
    }

    @Test
    void theSourceDocumentIsLeftAsItIs() {
        JsonNode again = AsyncApiDocument.bundled();
        again.withObject("/info").put("title", "changed by a caller");

        assertThat(AsyncApiDocument.bundled().at("/info/title").asString()).isEqualTo("GridGov events");
        assertThat(bundled.at("/components/messages/caseFiled/payload/$ref").asString())
                .isEqualTo("#/components/schemas/case.filed.v1");
    }

    @Test
    void referencesByPathByIdAndBetweenFilesAreBundledOnce() {
        JsonNode document = AsyncApiDocument.bundle("bundling/api.yaml");

        assertThat(document.at("/components/schemas").propertyNames())
                .containsExactlyInAnyOrder("Envelope", "bundling.parts.place", "bundling.parts.placed", "grid.unit-state.v1");
        assertThat(document.at("/components/schemas/Envelope/properties/place/$ref").asString())
                .isEqualTo("#/components/schemas/bundling.parts.place");
        assertThat(document.at("/components/messages/moved/payload/$ref").asString())
                .isEqualTo("#/components/schemas/bundling.parts.placed/$defs/move");
        assertThat(document.at("/components/schemas/bundling.parts.placed/$defs/move/properties/to/$ref").asString())
                .isEqualTo("#/components/schemas/bundling.parts.place/properties/gridCode");
        assertThat(document.at("/components/messages/unit/payload/$ref").asString())
                .isEqualTo("#/components/schemas/grid.unit-state.v1");
        assertThat(references(document)).allSatisfy(reference ->
                assertThat(document.at(reference.substring(1)).isMissingNode()).as(reference).isFalse());
    }

    @Test
    void aReferenceToAFileThatIsNotThereFailsTheBundling() {
        assertThatThrownBy(() -> AsyncApiDocument.bundle("bundling/missing.yaml"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bundling/parts/nowhere.json");
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode reference = node.path("$ref");
        return reference.isString() ? bundled.at(reference.asString().substring(1)) : node;
    }

    private static List<String> references(JsonNode node) {
        List<String> found = new ArrayList<>();
        collect(node, "$ref", found, true);
        return found;
    }

    private static List<String> keysNamed(JsonNode node, String key) {
        List<String> found = new ArrayList<>();
        collect(node, key, found, false);
        return found;
    }

    private static void collect(JsonNode node, String key, List<String> found, boolean values) {
        // Examples are data, not schema: a payload may well hold a property of any name.
        if (node.isObject() && node.has(key) && (!values || node.path(key).isString())) {
            found.add(values ? node.path(key).asString() : key);
        }
        node.properties().forEach(entry -> {
            if (!entry.getKey().equals("examples")) {
                collect(entry.getValue(), key, found, values);
            }
        });
        if (node.isArray()) {
            node.forEach(child -> collect(child, key, found, values));
        }
    }
}
