package org.gridgov.runtime.docs;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * What a service's OpenAPI document says about itself, in place of springdoc's defaults ("OpenAPI
 * definition", "v0", the port the document was fetched from): the service's name, what it does, the
 * version it was built as, and the gateway's public address as its one server, since that is where
 * every call is made.
 */
public final class ServiceApiDocument implements OpenApiCustomizer {

    private final String title;
    private final String description;
    private final String version;
    private final URI publicUrl;

    /**
     * @param service     the application name, e.g. {@code case-workflow}
     * @param description what the service does, e.g. its build's description; null for a sentence of its own
     * @param version     the version it was built as; null when the build recorded none
     * @param publicUrl   the gateway's public address
     */
    public ServiceApiDocument(String service, String description, String version, URI publicUrl) {
        this.title = "GridGov " + service + " API";
        this.description = (description == null || description.isBlank() ? "The " + service + " service of GridGov." : description)
                + "\n\nCalled through the gateway at " + publicUrl + " with a bearer token (JWT) in `Authorization`;"
                + " errors are RFC 9457 Problem Details (`application/problem+json`).";
        this.version = version == null || version.isBlank() ? "unknown" : version;
        this.publicUrl = publicUrl;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Info info = openApi.getInfo() == null ? new Info() : openApi.getInfo();
        openApi.info(info.title(title).description(description).version(version));
        openApi.servers(List.of(new Server().url(publicUrl.toString()).description("GridGov gateway")));
    }
}
