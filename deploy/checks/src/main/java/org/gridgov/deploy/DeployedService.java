package org.gridgov.deploy;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.gridgov.events.Topics;

/**
 * A service of the platform as Kubernetes runs it: the platform-wide conventions (module, port,
 * database, application name) and who it talks to. The Kafka ACLs, the NetworkPolicies and the
 * environment of every Deployment follow from this one table.
 *
 * @param name     {@code spring.application.name}: also the Deployment, Service, KafkaUser and consumer group
 * @param module   the Maven module the image is built from
 * @param port     the HTTP port (API, actuator probes and metrics)
 * @param database its PostgreSQL database, or {@code null} for none
 * @param urlKey   the key other services reach it by ({@code GRIDGOV_<KEY>_URL}, the gateway's backend key)
 * @param writes   topics it owns and publishes to
 * @param reads    topics it consumes (its consumer group; failures go to their {@code .dlt})
 * @param calls    services it calls over HTTP
 * @param external whether it sends to the world outside the cluster (SMS, e-mail, webhooks)
 * @param personalData whether it seals personal data ({@code gridgov.privacy.enabled}): it then gets keys of its own
 */
public record DeployedService(String name, String module, int port, String database, String urlKey,
                              Set<String> writes, Set<String> reads, List<String> calls, boolean external,
                              boolean personalData) {

    public static final String GATEWAY = "gateway";

    /** The Topics table of the architecture: who writes and who reads each topic of the catalogue. */
    public static final List<DeployedService> ALL = List.of(
            new DeployedService("grid-registry", "grid-registry-service", 8081, "gridgov_registry", "REGISTRY",
                    Set.of(Topics.GRID_UNITS),
                    Set.of(Topics.POPULATION_EVENTS),
                    List.of(), false, false),
            new DeployedService("case-workflow", "case-workflow-service", 8082, "gridgov_cases", "CASES",
                    Set.of(Topics.CASE_REPORTED, Topics.CASE_EVENTS, Topics.CASE_ESCALATED, Topics.CASE_DISPATCHED),
                    Set.of(Topics.CASE_REPORTED, Topics.CASE_FEEDBACK, Topics.GRID_UNITS, Topics.POPULATION_EVENTS,
                            Topics.DISPUTE_EVENTS),
                    List.of("grid-registry"), false, false),
            new DeployedService("population", "population-service", 8083, "gridgov_population", "POPULATION",
                    Set.of(Topics.POPULATION_EVENTS),
                    Set.of(Topics.GRID_UNITS),
                    List.of(), false, true),
            new DeployedService("dispute-mediation", "dispute-mediation-service", 8084, "gridgov_disputes", "DISPUTES",
                    Set.of(Topics.DISPUTE_EVENTS),
                    // grid.units too: it finds the mediating units of a grid in its replica of the registry.
                    Set.of(Topics.CASE_EVENTS, Topics.GRID_UNITS),
                    // Outsiders' names and phones, and staff's notes about the parties.
                    List.of(), false, true),
            new DeployedService("notification", "notification-service", 8085, "gridgov_notifications", "NOTIFICATIONS",
                    Set.of(),
                    Set.of(Topics.CASE_EVENTS, Topics.CASE_ESCALATED, Topics.CASE_DISPATCHED, Topics.GRID_UNITS,
                            Topics.DISPUTE_EVENTS),
                    // The reporter's contact when a case closes, with its own SERVICE token.
                    List.of("case-workflow"), true, false),
            // Its database holds the rate-limit buckets every replica shares (GRIDGOV_GATEWAY_LIMITS_STORE).
            new DeployedService(GATEWAY, "gateway-service", 8080, "gridgov_gateway", null,
                    Set.of(), Set.of(),
                    List.of("grid-registry", "case-workflow", "population", "dispute-mediation", "notification"), false, false));

    public DeployedService {
        writes = Set.copyOf(writes);
        reads = Set.copyOf(reads);
        calls = List.copyOf(calls);
    }

    public static DeployedService named(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no service named " + name));
    }

    public static Optional<DeployedService> find(String name) {
        return ALL.stream().filter(service -> service.name.equals(name)).findFirst();
    }

    public boolean isGateway() {
        return GATEWAY.equals(name);
    }

    public boolean usesKafka() {
        return !writes.isEmpty() || !reads.isEmpty();
    }

    public boolean hasDatabase() {
        return database != null;
    }

    /** The in-cluster address other services call it by. */
    public String url() {
        return "http://" + name + ":" + port;
    }

    /** The Secret CloudNativePG logs its role in with, and the Deployment reads its credentials from. */
    public String databaseSecret() {
        return "gridgov-db-" + name;
    }

    /** The PostgreSQL role that owns its database. */
    public String databaseRole() {
        return name.replace('-', '_');
    }

    /**
     * Whether it calls other services on its own behalf, with a token of its own (OAuth2 client
     * credentials): every service that calls another. The gateway relays its callers' tokens instead.
     */
    public boolean hasServiceCredentials() {
        return !isGateway() && !calls.isEmpty();
    }

    /** Its client secret at the issuer ({@code client-secret}); its client id is its name. */
    public String serviceCredentialsSecret() {
        return "gridgov-" + name + "-service-credentials";
    }

    /** Its personal-data settings: {@code current-key-id} and {@code hash-key}. */
    public String privacySecret() {
        return "gridgov-" + name + "-privacy";
    }

    /** Its personal-data keys, one per key id (upper case), taken whole so a rotation only adds a key. */
    public String privacyKeysSecret() {
        return privacySecret() + "-keys";
    }
}
