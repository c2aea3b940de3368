package org.gridgov.devstack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A write operation of a service's OpenAPI document that takes a body: its method, path, the media
 * type it consumes and the request schema, with every {@code $ref} resolved against the document.
 *
 * @param service the gateway's backend key of the service that documents it
 * @param method  {@code POST}, {@code PUT}, {@code PATCH} or {@code DELETE}
 * @param path    the documented path, with its {@code {variables}}
 * @param consumes the media type of the request body
 * @param schema  the request schema, references resolved (a free-form body is an object without properties)
 * @param pathVariables each path variable's schema, in order
 * @param roles    the roles the operation admits ({@code x-gridgov-roles}), {@code ANONYMOUS} for a public one
 */
record WriteOperation(String service, String method, String path, String consumes, JsonNode schema,
                      Map<String, JsonNode> pathVariables, List<String> roles) {

    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    /*
     * springdoc describes Jackson's JsonNode (a GeoJSON boundary, a FeatureCollection) by its getters
     * (isArray, isNull, ...): read as a schema, it would ask for an object of booleans. It stands for
     * any JSON value.
     */
    private static final String ANY_JSON = "#/components/schemas/JsonNode";

    /** Every write operation with a request body in {@code document}. */
    static List<WriteOperation> of(String service, JsonNode document) {
        List<WriteOperation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                JsonNode content = operation.getValue().path("requestBody").path("content");
                if (!WRITES.contains(operation.getKey()) || content.isEmpty()) {
                    continue;
                }
                Map.Entry<String, JsonNode> media = content.properties().iterator().next();
                Map<String, JsonNode> variables = new java.util.LinkedHashMap<>();
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    if ("path".equals(parameter.path("in").asString())) {
                        variables.put(parameter.path("name").asString(), resolve(document, parameter.path("schema"), 0));
                    }
                }
                List<String> roles = new ArrayList<>();
                operation.getValue().path("x-gridgov-roles").forEach(role -> roles.add(role.asString()));
                operations.add(new WriteOperation(service, operation.getKey().toUpperCase(Locale.ROOT), path.getKey(),
                        media.getKey(), resolve(document, media.getValue().path("schema"), 0), variables, List.copyOf(roles)));
            }
        }
        return operations;
    }

    boolean isPublic() {
        return path.startsWith("/api/public/");
    }

    boolean isMultipart() {
        return consumes.startsWith("multipart/");
    }

    String name() {
        return method + " " + path;
    }

    /**
     * A role the operation admits, so that validation, not the allow-list, answers: an administrator
     * where it may, else the first person's role it names (another service's own token last).
     */
    String callerRole() {
        if (roles.contains("ADMIN")) {
            return "ADMIN";
        }
        return roles.stream().filter(role -> !role.equals("SERVICE") && !role.equals("ANONYMOUS")).findFirst()
                .orElse(roles.isEmpty() ? "ADMIN" : roles.getFirst());
    }

    /** The schema with every reference replaced by what it points to (depth-limited against cycles). */
    private static JsonNode resolve(JsonNode document, JsonNode schema, int depth) {
        if (schema.has("$ref")) {
            String ref = schema.path("$ref").asString();
            if (ANY_JSON.equals(ref) || depth > 8) {
                return JsonNodeFactory.instance.objectNode().put("type", "object");
            }
            JsonNode target = document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
            return resolve(document, target, depth + 1);
        }
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode resolved = ((ObjectNode) schema).deepCopy();
        if (schema.has("properties")) {
            ObjectNode properties = resolved.putObject("properties");
            schema.path("properties").properties()
                    .forEach(property -> properties.set(property.getKey(), resolve(document, property.getValue(), depth + 1)));
        }
        if (schema.has("items")) {
            resolved.set("items", resolve(document, schema.path("items"), depth + 1));
        }
        return resolved;
    }
}
