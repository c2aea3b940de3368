package org.gridgov.gateway.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Browser origins allowed to call the API (residents' web forms, command-centre consoles).
 * Empty: no cross-origin calls.
 */
@ConfigurationProperties("gridgov.gateway.cors")
record CorsProperties(@DefaultValue("") List<String> allowedOrigins,
                      @DefaultValue("1h") Duration maxAge) {
}
