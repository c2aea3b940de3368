package org.gridgov.runtime.docs;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where callers reach the platform.
 *
 * @param publicUrl the gateway's public address ({@code GRIDGOV_PUBLIC_URL}), the one server every
 *                  service's OpenAPI document names: no caller reaches a service's own port
 */
@ConfigurationProperties("gridgov")
public record ApiDocsProperties(@DefaultValue("http://localhost:8080") URI publicUrl) {
}
