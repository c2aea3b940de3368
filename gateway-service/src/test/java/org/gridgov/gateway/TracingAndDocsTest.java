package org.gridgov.gateway;

import java.net.http.HttpResponse;

import org.gridgov.testing.DevTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

class TracingAndDocsTest extends GatewayTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    private final String token = DevTokens.forAccount("tracer-" + System.nanoTime()).roles("COMMAND_CENTRE").sign();

    @Test
    void theCallersTraceAndRequestIdArePassedOnAndReturned() {
        HttpResponse<String> response = send(request("/api/cases/8f0c2f4e", token)
                .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .header("X-Request-Id", "req-42")
                .GET());

        assertThat(json(response).get("traceparent").asString()).contains(TRACE_ID);
        assertThat(json(response).get("requestId").asString()).isEqualTo("req-42");
        assertThat(response.headers().firstValue("traceparent")).hasValueSatisfying(value ->
                assertThat(value).contains(TRACE_ID));
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("req-42");
    }

    @Test
    void aRequestWithoutAnIdGetsOne() {
        HttpResponse<String> response = send(request("/api/cases/8f0c2f4e", token).GET());

        String given = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(json(response).get("requestId").asString()).isEqualTo(given);
        assertThat(json(response).get("traceparent").asString()).startsWith("00-");
    }

    @Test
    void eachServicesOpenApiDocumentIsServedUnderTheDocs() {
        HttpResponse<String> registry = send(request("/api/docs/openapi/registry").GET());
        HttpResponse<String> population = send(request("/api/docs/openapi/population").GET());

        assertThat(registry.statusCode()).isEqualTo(200);
        assertThat(json(registry).get("info").get("title").asString()).isEqualTo("grid-registry");
        assertThat(population.statusCode()).isEqualTo(503);
    }

    @Test
    void theDocumentationPageListsEveryService() {
        HttpResponse<String> config = send(request("/v3/api-docs/swagger-config").GET());

        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("/api/docs/openapi/registry", "/api/docs/openapi/cases",
                "/api/docs/openapi/population", "/api/docs/openapi/disputes", "/api/docs/openapi/notifications");
        HttpResponse<String> docs = send(request("/api/docs").GET());
        String page = java.net.URI.create(docs.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(send(request(page).GET()).statusCode()).isEqualTo(200);
    }

    @Test
    void theAsyncApiDocumentOfTheTopicsIsServedWholeWithoutReferencesToFiles() {
        HttpResponse<String> response = send(request("/api/asyncapi.yaml").GET());
        HttpResponse<String> underDocs = send(request("/api/docs/asyncapi.yaml").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/yaml"));
        JsonNode document = YAMLMapper.builder().build().readTree(response.body());
        assertThat(document.path("asyncapi").asString()).isEqualTo("3.0.0");
        assertThat(document.at("/components/messages/caseReported/payload/$ref").asString())
                .isEqualTo("#/components/schemas/case.reported.v1");
        assertThat(document.at("/components/schemas/case.reported.v1/properties").has("reportId")).isTrue();
        assertThat(response.body()).doesNotContain("$ref: ./", "$ref: \"./", "$ref: '.");
        assertThat(underDocs.body()).isEqualTo(response.body());
    }

    @Test
    void eachPayloadSchemaIsServedAtThePathOfItsId() {
        HttpResponse<String> response = send(request("/schemas/case/reported.v1.json").GET());
        HttpResponse<String> units = send(request("/schemas/grid/unit-state.v1.json").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/schema+json"));
        assertThat(json(response).get("$id").asString()).isEqualTo("https://schemas.gridgov.org/case/reported.v1.json");
        assertThat(json(units).get("$id").asString()).isEqualTo("https://schemas.gridgov.org/grid/unit-state.v1.json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/schemas/case/nothing.v1.json", "/schemas/asyncapi.yaml", "/schemas/case"})
    void onlyTheCataloguesSchemasAreServed(String path) {
        HttpResponse<String> response = send(request(path).GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("type").asString()).isEqualTo("urn:gridgov:problem:not-found");
    }
}
