package org.gridgov.gateway.routing;

import java.util.List;

/**
 * The services behind the gateway and the path families each one answers. The addresses are
 * configuration ({@code gridgov.gateway.backends.<key>}); the paths are the platform's API: every
 * family a service maps is listed here ({@code RouteCoverageTest} reads the services' controllers),
 * and anything else is the gateway's 404 {@code urn:gridgov:problem:no-route}.
 */
enum Backend {
    REGISTRY("registry", "grid-registry", List.of("/api/units/**", "/api/grids/**", "/api/staff/**")),
    CASES("cases", "case-workflow", List.of("/api/cases/**", "/api/categories/**", "/api/indicators/**",
            "/api/admin/indicators/**", "/api/public/cases/**")),
    POPULATION("population", "population", List.of("/api/residents/**", "/api/households/**", "/api/houses/**",
            "/api/entities/**", "/api/visits/**", "/api/memberships/**", "/api/census/imports/**",
            "/api/access-log/**")),
    DISPUTES("disputes", "dispute-mediation", List.of("/api/disputes/**")),
    NOTIFICATIONS("notifications", "notification", List.of("/api/notifications/**", "/api/webhooks/**",
            "/api/contact-points/**", "/api/subscriptions/**"));

    private final String key;
    private final String service;
    private final List<String> paths;

    Backend(String key, String service, List<String> paths) {
        this.key = key;
        this.service = service;
        this.paths = paths;
    }

    /** The name in {@code gridgov.gateway.backends.*} and in the resilience4j instances and metrics. */
    String key() {
        return key;
    }

    /** The service's application name, as callers see it in a 503. */
    String service() {
        return service;
    }

    List<String> paths() {
        return paths;
    }
}
