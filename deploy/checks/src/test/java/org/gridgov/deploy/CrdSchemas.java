package org.gridgov.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Custom resources checked against the OpenAPI schema of their CustomResourceDefinition, as the API
 * server checks them with strict field validation: a field the schema does not declare is an error
 * (unless the schema preserves unknown fields), and so is a wrong type or a value outside an enum.
 */
final class CrdSchemas {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private final Map<String, Schema> byApiVersionAndKind = new HashMap<>();

    private CrdSchemas() {
    }

    /** Every CustomResourceDefinition in the test resources' {@code crds/} directory. */
    static CrdSchemas load() {
        CrdSchemas schemas = new CrdSchemas();
        URL directory = CrdSchemas.class.getClassLoader().getResource("crds");
        if (directory == null) {
            return schemas;
        }
        try (Stream<Path> files = Files.list(Path.of(directory.toURI()))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    for (Object document : new Yaml(new LoaderOptions()).loadAll(in)) {
                        if (document != null) {
                            schemas.add(JSON.valueToTree(document));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return schemas;
    }

    private void add(JsonNode crd) {
        if (!"CustomResourceDefinition".equals(crd.path("kind").asString())) {
            return;
        }
        String group = crd.path("spec").path("group").asString();
        String kind = crd.path("spec").path("names").path("kind").asString();
        for (JsonNode version : crd.path("spec").path("versions")) {
            JsonNode openApi = version.path("schema").path("openAPIV3Schema");
            if (version.path("served").asBoolean(true) && openApi.isObject()) {
                byApiVersionAndKind.put(group + "/" + version.path("name").asString() + " " + kind,
                        REGISTRY.getSchema(JSON.writeValueAsString(strict(openApi.deepCopy()))));
            }
        }
    }

    boolean knows(String apiVersion, String kind) {
        return byApiVersionAndKind.containsKey(apiVersion + " " + kind);
    }

    /** What is wrong with the object, empty when it is valid; its CRD must be {@link #knows known}. */
    List<String> problems(String objectJson) {
        JsonNode object = JSON.readTree(objectJson);
        Schema schema = Optional.ofNullable(byApiVersionAndKind.get(
                        object.path("apiVersion").asString() + " " + object.path("kind").asString()))
                .orElseThrow(() -> new IllegalArgumentException("no CRD for " + object.path("kind").asString()));
        List<String> problems = new ArrayList<>();
        schema.validate(object).forEach(error -> problems.add(error.getInstanceLocation() + ": " + error.getMessage()));
        return problems;
    }

    /** The structural schema as JSON Schema that refuses undeclared fields, like strict field validation. */
    private static JsonNode strict(JsonNode schema) {
        if (schema instanceof ObjectNode node) {
            if (node.path("x-kubernetes-int-or-string").asBoolean(false)) {
                node.remove("x-kubernetes-int-or-string");
                ArrayNode anyOf = node.putArray("anyOf");
                anyOf.addObject().put("type", "integer");
                anyOf.addObject().put("type", "string");
            }
            boolean preserves = node.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
            if (node.has("properties") && !node.has("additionalProperties") && !preserves) {
                node.put("additionalProperties", false);
            }
            node.properties().forEach(entry -> strict(entry.getValue()));
        } else if (schema instanceof ArrayNode array) {
            array.forEach(CrdSchemas::strict);
        }
        return schema;
    }
}
