package org.gridgov.gateway.routing;

import java.net.URI;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedBulkheadMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.gridgov.gateway.GatewayProblems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.rewritePath;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.setPath;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;

/**
 * One route per service: its API paths, and its OpenAPI document under
 * {@code /api/docs/openapi/<backend>} for the aggregated documentation. Each route goes through the
 * service's {@link BackendGuard}.
 */
@Configuration(proxyBeanMethods = false)
class Routes {

    static final String OPENAPI_PREFIX = "/api/docs/openapi/";
    /**
     * The operators' dead-letter re-drive of each service ({@code /actuator/deadletters} there,
     * administrators only): actuator paths are not published otherwise, and NetworkPolicy lets
     * nothing but the gateway reach a service.
     */
    static final String DEADLETTERS_PREFIX = "/api/admin/deadletters/";

    @Bean
    ClientHttpRequestFactory backendRequestFactory(RoutingProperties properties) {
        return new BackendRequestFactory(properties);
    }

    @Bean
    CircuitBreakerRegistry circuitBreakerRegistry() {
        return CircuitBreakerRegistry.ofDefaults();
    }

    @Bean
    BulkheadRegistry bulkheadRegistry() {
        return BulkheadRegistry.ofDefaults();
    }

    @Bean
    RetryRegistry retryRegistry() {
        return RetryRegistry.ofDefaults();
    }

    /** Circuit state, calls in flight and retries per backend, for the Prometheus endpoint. */
    @Bean
    MeterBinder resilienceMetrics(CircuitBreakerRegistry circuitBreakers, BulkheadRegistry bulkheads,
                                  RetryRegistry retries) {
        return meters -> {
            TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(circuitBreakers).bindTo(meters);
            TaggedBulkheadMetrics.ofBulkheadRegistry(bulkheads).bindTo(meters);
            TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
        };
    }

    @Bean
    RouterFunction<ServerResponse> backendRoutes(RoutingProperties properties, ResilienceProperties resilience,
                                                 CircuitBreakerRegistry circuitBreakers, BulkheadRegistry bulkheads,
                                                 RetryRegistry retries) {
        RouterFunction<ServerResponse> routes = null;
        for (Backend backend : Backend.values()) {
            URI base = properties.backends().get(backend.key());
            RouterFunction<ServerResponse> api;
            RouterFunction<ServerResponse> docs;
            RouterFunction<ServerResponse> deadLetters = null;
            if (base == null) {
                // Declared but not configured: a clear 503 rather than a 404 that hides the route.
                api = RouterFunctions.route(paths(backend), request -> GatewayProblems.response(
                        GatewayProblems.unavailable(backend.service(), "no address configured"), request.path()));
                docs = RouterFunctions.route(RequestPredicates.GET(OPENAPI_PREFIX + backend.key()), request ->
                        GatewayProblems.response(GatewayProblems.unavailable(backend.service(), "no address configured"),
                                request.path()));
            } else {
                BackendGuard guard = new BackendGuard(backend, properties.responseTimeoutOf(backend), resilience,
                        circuitBreakers, bulkheads, retries);
                api = route(backend.key())
                        .route(paths(backend), http())
                        .before(uri(base))
                        .filter(guard)
                        .build();
                docs = route(backend.key() + "-openapi")
                        .GET(OPENAPI_PREFIX + backend.key(), http())
                        .before(uri(base))
                        .before(setPath("/v3/api-docs"))
                        .filter(guard)
                        .build();
                String prefix = DEADLETTERS_PREFIX + backend.key();
                deadLetters = route(backend.key() + "-deadletters")
                        .route(RequestPredicates.path(prefix).or(RequestPredicates.path(prefix + "/*")), http())
                        .before(uri(base))
                        .before(rewritePath(prefix + "(?<topic>/[^/]+)?$", "/actuator/deadletters${topic}"))
                        .filter(guard)
                        .build();
            }
            RouterFunction<ServerResponse> both = deadLetters == null ? api.and(docs) : api.and(docs).and(deadLetters);
            routes = routes == null ? both : routes.and(both);
        }
        return routes;
    }

    private static RequestPredicate paths(Backend backend) {
        return backend.paths().stream()
                .map(RequestPredicates::path)
                .reduce(RequestPredicate::or)
                .orElseThrow();
    }
}
