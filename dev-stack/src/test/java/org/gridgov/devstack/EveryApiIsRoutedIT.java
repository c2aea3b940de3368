package org.gridgov.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridgov.testing.DevTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every path of every service's OpenAPI document, as the running service publishes it, reaches its
 * service through the gateway, unless {@code internal-paths.tsv} lists it with the reason it stays
 * inside. Each path is called through the gateway with a token that holds no role (it can change
 * nothing); what comes back must be the service's answer, never the gateway's
 * {@code urn:gridgov:problem:no-route}.
 */
class EveryApiIsRoutedIT extends Journey {

    private static final String NO_ROUTE = "urn:gridgov:problem:no-route";

    @Test
    void everyDocumentedPathIsRoutedOrDeliberatelyInternal() throws IOException {
        Map<String, String> internal = internalPaths();
        String nobody = DevTokens.forAccount("e2e-no-role").sign();
        List<String> unrouted = new ArrayList<>();
        int checked = 0;
        for (ServiceSpec service : ServiceSpec.ALL) {
            if (service.isGateway()) {
                continue;
            }
            JsonNode document = new Api(service.url(stack.stack().layout)).get("/v3/api-docs", null)
                    .require("the OpenAPI document of " + service.name());
            for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
                if (internal.containsKey(path.getKey())) {
                    continue;
                }
                for (String method : path.getValue().propertyNames()) {
                    String concrete = path.getKey().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
                    Api.Answer answer = switch (method) {
                        case "get" -> stack.gateway().get(concrete, nobody);
                        case "post" -> stack.gateway().post(concrete, nobody, "{}");
                        case "put" -> stack.gateway().put(concrete, nobody, "{}");
                        default -> stack.gateway().send(method.toUpperCase(java.util.Locale.ROOT), concrete, nobody, null);
                    };
                    checked++;
                    if (answer.status() == 404 && NO_ROUTE.equals(answer.text("type"))) {
                        unrouted.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey() + " (" + service.name() + ")");
                    }
                }
            }
        }

        assertThat(checked).as("paths checked").isGreaterThan(50);
        assertThat(unrouted).as("paths neither routed by the gateway nor listed in internal-paths.tsv").isEmpty();
    }

    /** Path → why it stays inside the cluster. */
    private static Map<String, String> internalPaths() throws IOException {
        Map<String, String> internal = new LinkedHashMap<>();
        try (InputStream in = EveryApiIsRoutedIT.class.getResourceAsStream("/internal-paths.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                assertThat(columns).as("internal-paths.tsv: a path and its reason: " + line).hasSize(2);
                internal.put(columns[0], columns[1]);
            }
        }
        return internal;
    }
}
