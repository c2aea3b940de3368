package org.gridgov.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The AsyncAPI document of the event topics as integrators read it: {@code asyncapi.yaml} with every
 * JSON Schema it references ({@code ./schemas/<area>/<name>.v1.json}) copied into
 * {@code components.schemas}, so the document stands alone and any AsyncAPI tool reads it without
 * fetching a file. The source document keeps its references: beside the schema files it is what
 * the tests and the schema authors read.
 *
 * <p>A schema lands under a name made of its path ({@code case/filed.v1.json} becomes
 * {@code case.filed.v1}, its {@code ce_type} without the {@code org.gridgov.} prefix). Its
 * {@code $id} and {@code $schema} are left out there, since an {@code $id} would make tools that honour
 * it resolve the schema's own references against {@code schemas.gridgov.org}; those references
 * ({@code #/$defs/…}) are rewritten to point into the document. A reference to a file that does
 * not exist fails the bundling, and so the first use.
 */
public final class AsyncApiDocument {

    /** The source document on the classpath, beside {@link EventSchemas#RESOURCE_ROOT}. */
    public static final String RESOURCE = "asyncapi.yaml";

    static final String COMPONENT_SCHEMAS = "#/components/schemas/";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            // "1.0" (ce_specversion) must stay a string when read back.
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
            // Long descriptions stay one line each rather than folded with escapes.
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .build();

    private AsyncApiDocument() {
    }

    /** The bundled document: no {@code $ref} in it leaves the document. A copy; change it freely. */
    public static JsonNode bundled() {
        return Bundled.TREE.deepCopy();
    }

    /** The bundled document as YAML, as the gateway serves it. */
    public static String yaml() {
        return Bundled.YAML_TEXT;
    }

    /** {@code schemas/case/filed.v1.json} → {@code case.filed.v1}. */
    static String componentName(String resource) {
        String path = resource.startsWith(EventSchemas.RESOURCE_ROOT)
                ? resource.substring(EventSchemas.RESOURCE_ROOT.length())
                : resource;
        return (path.endsWith(".json") ? path.substring(0, path.length() - ".json".length()) : path).replace('/', '.');
    }

    /**
     * Bundles the document at {@code resource} on the classpath.
     *
     * @throws IllegalStateException when it refers to a file the classpath does not hold
     */
    static JsonNode bundle(String resource) {
        ObjectNode document = (ObjectNode) Bundled.read(resource);
        // Collected apart and added at the end: the walk may be inside components.schemas itself.
        ObjectNode inlined = document.objectNode();
        Bundled.inline(document, resource, null, inlined);
        document.withObject("/components/schemas").setAll(inlined);
        return document;
    }

    /** Built on first use and kept: the document is read once per process. */
    private static final class Bundled {

        static final JsonNode TREE = bundle(RESOURCE);
        static final String YAML_TEXT = YAML.writeValueAsString(TREE);

        /**
         * Rewrites every {@code $ref} below {@code node}, read from {@code resource}: a reference into
         * another file becomes a reference to that file's component (added on first sight); one inside
         * a schema file ({@code #/$defs/…}) points into that schema's component. {@code component} is
         * the component {@code node} was copied into, null for the document itself.
         */
        private static void inline(JsonNode node, String resource, String component, ObjectNode schemas) {
            if (node instanceof ObjectNode object && object.path("$ref").isString()) {
                object.put("$ref", rewritten(object.path("$ref").asString(), resource, component, schemas));
            }
            for (JsonNode child : node) {
                inline(child, resource, component, schemas);
            }
        }

        private static String rewritten(String reference, String resource, String component, ObjectNode schemas) {
            int hash = reference.indexOf('#');
            String file = hash < 0 ? reference : reference.substring(0, hash);
            String fragment = hash < 0 ? "" : reference.substring(hash + 1);
            if (file.isEmpty()) {
                return component == null ? reference : COMPONENT_SCHEMAS + component + fragment;
            }
            String target = resourceOf(file, resource);
            String name = componentName(target);
            if (!schemas.has(name)) {
                ObjectNode schema = (ObjectNode) read(target);
                schema.remove("$id");
                schema.remove("$schema");
                schemas.set(name, schema);
                inline(schema, target, name, schemas);
            }
            return COMPONENT_SCHEMAS + name + fragment;
        }

        /** Where a referenced file lives on the classpath: relative to the referring one, or by its {@code $id}. */
        private static String resourceOf(String file, String referrer) {
            if (file.startsWith(EventTypes.SCHEMA_BASE)) {
                return EventSchemas.RESOURCE_ROOT + file.substring(EventTypes.SCHEMA_BASE.length());
            }
            URI resolved = URI.create(referrer).resolve(file).normalize();
            if (resolved.isAbsolute() || resolved.getPath().startsWith("..")) {
                throw new IllegalStateException(referrer + " refers to " + file + ", which this jar does not hold");
            }
            return resolved.getPath();
        }

        private static JsonNode read(String resource) {
            try (InputStream in = AsyncApiDocument.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("the AsyncAPI document refers to " + resource
                            + ", which is not on the classpath");
                }
                return resource.endsWith(".json") ? CloudEventCodec.MAPPER.readTree(in) : YAML.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JacksonException e) {
                throw new IllegalStateException(resource + " is not valid YAML or JSON: " + e.getOriginalMessage(), e);
            }
        }
    }
}
