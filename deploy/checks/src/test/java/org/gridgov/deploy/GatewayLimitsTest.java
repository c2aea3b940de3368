package org.gridgov.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The gateway's rate limits hold in a cluster: behind the ingress every caller arrives from the
 * ingress controller's pods, so the gateway must believe their X-Forwarded-For (or the whole county
 * shares one anonymous bucket); and the autoscaler runs several replicas, so the buckets must be
 * shared (or each replica grants the whole limit again), in the gateway's own database.
 */
class GatewayLimitsTest {

    static final List<String> OVERLAYS = Overlays.NAMES;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theGatewayBelievesTheIngressesForwardedForAndNoOneElses(String overlay) {
        String trusted = gatewaySettings(overlay).path("GRIDGOV_GATEWAY_TRUSTED_PROXIES").asText();

        assertThat(trusted).as("GRIDGOV_GATEWAY_TRUSTED_PROXIES in %s", overlay).isNotBlank();
        assertThat(Arrays.stream(trusted.split(",")).map(String::trim).toList())
                .as("CIDR ranges, never every address")
                .allMatch(range -> range.matches("[0-9a-fA-F:.]+/[0-9]{1,3}"))
                .noneMatch(range -> range.endsWith("/0"));
        JsonNode policy = Overlays.named(overlay, "NetworkPolicy", DeployedService.GATEWAY).orElseThrow();
        assertThat(policy.path("spec").path("ingress").findValues("kubernetes.io/metadata.name"))
                .as("the only callers of the gateway's API: the ingress controller and Prometheus")
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(WorkloadManifests.INGRESS_NAMESPACE, WorkloadManifests.MONITORING_NAMESPACE);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theGatewaysBucketsLiveInItsOwnDatabase(String overlay) {
        JsonNode settings = gatewaySettings(overlay);
        JsonNode database = Overlays.ofKind(overlay, "Database").stream()
                .filter(candidate -> candidate.path("spec").path("owner").asText().equals(DeployedService.GATEWAY))
                .findFirst().orElseThrow(() -> new AssertionError("no database of the gateway in " + overlay));

        assertThat(settings.path("GRIDGOV_GATEWAY_LIMITS_STORE").asText()).isEqualTo("postgresql");
        assertThat(settings.path("SPRING_DATASOURCE_URL").asText())
                .endsWith("/" + database.path("spec").path("name").asText());
    }

    private static JsonNode gatewaySettings(String overlay) {
        return Overlays.named(overlay, "ConfigMap", DeployedService.GATEWAY).orElseThrow().path("data");
    }
}
