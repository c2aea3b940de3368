package org.gridgov.runtime.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.gridgov.testing.ApiAllowLists;
import org.gridgov.testing.RealInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The sample service's OpenAPI document as the gateway's documentation page shows it. */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "gridgov.public-url=https://api.nanhe.gridgov.example")
class ApiDocumentTest {

    @LocalServerPort
    int port;

    @Test
    void theDocumentIsNamedAfterTheServiceWithTheGatewayAsItsServer() {
        Http.Response response = new Http(port).get("/v3/api-docs", null);

        JsonNode document = response.body();
        assertThat(response.status()).isEqualTo(200);
        assertThat(document.at("/info/title").asString()).isEqualTo("GridGov sample-service API");
        assertThat(document.at("/info/version").asString()).isNotEqualTo("v0");
        assertThat(document.at("/info/description").asString()).contains("https://api.nanhe.gridgov.example");
        assertThat(document.path("servers")).hasSize(1);
        assertThat(document.at("/servers/0/url").asString()).isEqualTo("https://api.nanhe.gridgov.example");
        assertThat(document.at("/paths").has("/api/sample/cases")).isTrue();
    }

    @Test
    void everyOperationNamesTheRolesThatMayCallIt() {
        Map<String, List<String>> roles = ApiAllowLists.read(port);

        assertThat(roles).containsEntry("POST /api/sample/cases", List.of("GRID_WORKER", "COMMAND_CENTRE"))
                .containsEntry("GET /api/sample/cases/{caseId}",
                        List.of("GRID_WORKER", "COMMAND_CENTRE", "INSPECTOR", "ADMIN", "SERVICE"))
                .containsEntry("GET /api/public/sample/categories", List.of("ANONYMOUS"));
    }
}
