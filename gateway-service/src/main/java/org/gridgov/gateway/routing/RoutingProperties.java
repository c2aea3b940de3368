package org.gridgov.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the services are and how long the gateway waits for them.
 *
 * @param backends        base URL per backend key ({@code registry}, {@code cases}, {@code population},
 *                        {@code disputes}, {@code notifications}); {@code GRIDGOV_GATEWAY_BACKENDS_CASES} etc.
 * @param connectTimeout  a service that does not accept the connection by then is unavailable (503)
 * @param responseTimeout default wait for a service's response headers before a 504
 * @param responseTimeouts per backend key, overriding {@code responseTimeout}
 */
@ConfigurationProperties("gridgov.gateway")
record RoutingProperties(Map<String, URI> backends,
                         @DefaultValue("500ms") Duration connectTimeout,
                         @DefaultValue("10s") Duration responseTimeout,
                         Map<String, Duration> responseTimeouts) {

    RoutingProperties {
        backends = backends == null ? Map.of() : Map.copyOf(backends);
        responseTimeouts = responseTimeouts == null ? Map.of() : Map.copyOf(responseTimeouts);
    }

    Duration responseTimeoutOf(Backend backend) {
        return responseTimeouts.getOrDefault(backend.key(), responseTimeout);
    }
}
