package org.gridgov.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The allow-list of every operation of a running service, read from its OpenAPI document
 * ({@code x-gridgov-roles}, written by service-runtime from each handler's {@code @AllowedRoles} or
 * {@code @Anonymous}); the read fails when any operation names no role. Each service's tests call it,
 * so an endpoint that says nothing about who may call it cannot be added unnoticed.
 * <pre>{@code
 * Map<String, List<String>> roles = ApiAllowLists.read(port);
 * assertThat(roles.get("POST /api/residents")).doesNotContain("MEDIATOR");
 * }</pre>
 */
public final class ApiAllowLists {

    /** The extension holding an operation's role names, {@code ["ANONYMOUS"]} for a public one. */
    public static final String EXTENSION = "x-gridgov-roles";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private ApiAllowLists() {
    }

    /** Of the service listening on {@code localhost:port}, by {@code "POST /api/residents"}. */
    public static Map<String, List<String>> read(int port) {
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/v3/api-docs")).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("the OpenAPI document answered " + response.statusCode());
            }
            return of(JsonMapper.builder().build().readTree(response.body()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("could not read the OpenAPI document", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Of an OpenAPI document; fails naming every operation without a list, or with an empty one. */
    public static Map<String, List<String>> of(JsonNode document) {
        Map<String, List<String>> lists = new TreeMap<>();
        List<String> unlisted = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                String name = operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                List<String> roles = new ArrayList<>();
                operation.getValue().path(EXTENSION).forEach(role -> roles.add(role.asString()));
                if (roles.isEmpty()) {
                    unlisted.add(name);
                }
                lists.put(name, List.copyOf(roles));
            }
        }
        if (lists.isEmpty()) {
            throw new AssertionError("the OpenAPI document lists no operation");
        }
        if (!unlisted.isEmpty()) {
            throw new AssertionError("operations without " + EXTENSION + ": " + unlisted);
        }
        return lists;
    }
}
