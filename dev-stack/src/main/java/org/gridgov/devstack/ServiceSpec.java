package org.gridgov.devstack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gridgov.testing.DevTokens;

/**
 * A service of the platform as the stack runs it: its module, port and database (the platform-wide
 * conventions), and the environment it gets, the same variables Kubernetes sets.
 *
 * @param name     {@code spring.application.name}, also the part's name in logs and pid files
 * @param module   the Maven module whose jar runs
 * @param basePort the port before any offset
 * @param database its PostgreSQL database, or {@code null} for none
 * @param personalData whether it keeps personal data, and so gets the keys that encrypt it
 * @param urlKey   the key other services reach it by ({@code GRIDGOV_<KEY>_URL}), and the gateway's backend key
 *                 ({@code GRIDGOV_GATEWAY_BACKENDS_<KEY>}); {@code null} for the gateway itself
 */
record ServiceSpec(String name, String module, int basePort, String database, boolean personalData, String urlKey) {

    static final String GATEWAY = "gateway";

    /** In start order: the gateway last, so it finds its backends up. */
    static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("grid-registry", "grid-registry-service", 8081, "gridgov_registry", false, "REGISTRY"),
            new ServiceSpec("case-workflow", "case-workflow-service", 8082, "gridgov_cases", false, "CASES"),
            new ServiceSpec("population", "population-service", 8083, "gridgov_population", true, "POPULATION"),
            new ServiceSpec("dispute-mediation", "dispute-mediation-service", 8084, "gridgov_disputes", true, "DISPUTES"),
            new ServiceSpec("notification", "notification-service", 8085, "gridgov_notifications", false, "NOTIFICATIONS"),
            new ServiceSpec(GATEWAY, "gateway-service", 8080, null, false, null));

    static List<String> databases() {
        return ALL.stream().map(ServiceSpec::database).filter(database -> database != null).toList();
    }

    static Optional<ServiceSpec> named(String name) {
        return ALL.stream().filter(service -> service.name.equals(name)).findFirst();
    }

    boolean isGateway() {
        return GATEWAY.equals(name);
    }

    String url(StackLayout layout) {
        return "http://localhost:" + layout.port(basePort);
    }

    /**
     * What Kubernetes would set: port, datasource, Kafka, the keys of personal data where it is
     * kept, the service's own credentials, and the other services' addresses: for a service {@code GRIDGOV_REGISTRY_URL} and the
     * like, for the gateway its backends. Unlike Kubernetes, no issuer: development mode, switched
     * on explicitly, makes the service trust the development key of {@code ./gridgov token}.
     */
    Map<String, String> environment(StackLayout layout, StackSecrets secrets) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", Integer.toString(layout.port(basePort)));
        if (database != null) {
            env.put("SPRING_DATASOURCE_URL", layout.jdbcUrl(database));
            env.put("SPRING_DATASOURCE_USERNAME", StackLayout.DATABASE_USER);
            env.put("SPRING_DATASOURCE_PASSWORD", StackLayout.DATABASE_PASSWORD);
        }
        env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", layout.kafkaBootstrap());
        env.put("GRIDGOV_SECURITY_DEVELOPMENT", "true");
        env.put("GRIDGOV_SECURITY_AUDIENCE", DevTokens.AUDIENCE);
        if (personalData) {
            env.putAll(secrets.privacyEnvironment());
        }
        if (!isGateway()) {
            env.putAll(secrets.serviceCredentialsEnvironment());
        }
        for (ServiceSpec other : ALL) {
            if (other.urlKey != null) {
                String variable = isGateway() ? "GRIDGOV_GATEWAY_BACKENDS_" + other.urlKey : "GRIDGOV_" + other.urlKey + "_URL";
                env.put(variable, other.url(layout));
            }
        }
        return env;
    }
}
