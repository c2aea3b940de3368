package org.gridgov.gateway;

import java.net.http.HttpResponse;

import org.gridgov.testing.DevTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingTest extends GatewayTest {

    private final String token = DevTokens.forAccount("router-" + System.nanoTime()).roles("ADMIN").sign();

    @ParameterizedTest
    @CsvSource({
            "/api/units/130527100201,                 grid-registry",
            "/api/grids/130527100201001/staff,        grid-registry",
            "/api/staff/w-17,                         grid-registry",
            "/api/cases/8f0c2f4e?state=FILED&page=2,  case-workflow",
            "/api/categories/ROADS,                   case-workflow",
            "/api/indicators/overdue,                 case-workflow",
            "/api/admin/indicators/projection,        case-workflow",
            "/api/notifications/inbox,                notification",
            "/api/webhooks/dept-7,                    notification",
            "/api/contact-points/me,                  notification",
            "/api/subscriptions,                      notification",
    })
    void eachPathFamilyReachesItsService(String path, String service) {
        HttpResponse<String> response = send(request(path, token).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode echo = json(response);
        assertThat(echo.get("backend").asString()).isEqualTo(service);
        assertThat(path).startsWith(echo.get("path").asString());
        if (path.contains("?")) {
            assertThat(echo.get("query").asString()).isEqualTo(path.substring(path.indexOf('?') + 1));
        }
    }

    @ParameterizedTest
    @CsvSource({"POST", "PUT", "PATCH", "DELETE"})
    void methodsAndBodiesArePassedOn(String method) {
        String body = "{\"reason\":\"needs the town\"}";

        HttpResponse<String> response = send(request("/api/cases/8f0c2f4e/escalate", token)
                .header("Content-Type", "application/json")
                .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(body)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("method").asString()).isEqualTo(method);
        assertThat(json(response).get("bodyBytes").asLong()).isEqualTo(body.length());
    }

    @ParameterizedTest
    @CsvSource({"/api/memberships?group=ELDERLY_ALONE", "/api/census/imports", "/api/access-log?residentId=r-1"})
    void membershipsCensusImportsAndTheAccessLogReachPopulation(String path) {
        // population is absent in these tests: its 503 shows the route led there.
        HttpResponse<String> response = send(request(path, token).GET());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(json(response).get("service").asString()).isEqualTo("population");
    }

    @ParameterizedTest
    @CsvSource({"/api/elsewhere", "/internal/admin", "/api/admin/outbox", "/api/docs/openapi/elsewhere"})
    void unknownPathsAreTheGatewaysOwn404NotProxied(String path) {
        HttpResponse<String> response = send(request(path, token).GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).get("type").asString()).isEqualTo("urn:gridgov:problem:no-route");
        assertThat(json(response).get("instance").asString()).isEqualTo(path);
    }

    @ParameterizedTest
    @CsvSource({
            "GET,  /api/admin/deadletters/cases,                case-workflow, /actuator/deadletters",
            "POST, /api/admin/deadletters/cases/case.feedback,  case-workflow, /actuator/deadletters/case.feedback",
            "GET,  /api/admin/deadletters/notifications,        notification,  /actuator/deadletters",
    })
    void theOperatorsReachEachServicesDeadLettersThroughTheGateway(String method, String path, String service,
                                                                 String actuatorPath) {
        HttpResponse<String> response = send(request(path, token)
                .method(method, java.net.http.HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("backend").asString()).isEqualTo(service);
        assertThat(json(response).get("path").asString()).isEqualTo(actuatorPath);
    }

    @Test
    void aServicesOwn404ComesBackAsTheServiceSentIt() {
        HttpResponse<String> response = send(request("/api/cases/8f0c2f4e/missing", token).GET());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("type").asString()).isEqualTo("urn:gridgov:problem:not-found");
        assertThat(json(response).get("backend").asString()).isEqualTo("case-workflow");
    }
}
