package org.gridgov.runtime.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.junit.jupiter.api.Test;

class ServiceApiDocumentTest {

    private static final URI GATEWAY = URI.create("https://api.nanhe.gridgov.example");

    @Test
    void theDocumentIsNamedAfterTheServiceAndVersionedAsBuilt() {
        OpenAPI document = springdocDefaults();

        new ServiceApiDocument("case-workflow", "The closed loop of a case.", "1.4.0", GATEWAY).customise(document);

        assertThat(document.getInfo().getTitle()).isEqualTo("GridGov case-workflow API");
        assertThat(document.getInfo().getVersion()).isEqualTo("1.4.0");
        assertThat(document.getInfo().getDescription()).startsWith("The closed loop of a case.")
                .contains("https://api.nanhe.gridgov.example", "Problem Details");
    }

    @Test
    void theGatewayIsTheOneServerInPlaceOfTheServicesOwnPort() {
        OpenAPI document = springdocDefaults();

        new ServiceApiDocument("population", null, "1.4.0", GATEWAY).customise(document);

        assertThat(document.getServers()).singleElement().satisfies(server ->
                assertThat(server.getUrl()).isEqualTo("https://api.nanhe.gridgov.example"));
    }

    @Test
    void aBuildWithoutVersionOrDescriptionStillSaysWhatItIs() {
        OpenAPI document = new OpenAPI();

        new ServiceApiDocument("notification", null, null, GATEWAY).customise(document);

        assertThat(document.getInfo().getVersion()).isEqualTo("unknown");
        assertThat(document.getInfo().getDescription()).startsWith("The notification service of GridGov.");
    }

    /** What springdoc builds before any customizer: its placeholder title and version, the port asked. */
    private static OpenAPI springdocDefaults() {
        return new OpenAPI()
                .info(new Info().title("OpenAPI definition").version("v0"))
                .addServersItem(new Server().url("http://localhost:8082").description("Generated server url"));
    }
}
