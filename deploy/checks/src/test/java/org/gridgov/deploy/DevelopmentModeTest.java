package org.gridgov.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * No cluster runs a service in development mode: it would trust the development key, whose
 * private half is in the repository, so anyone could mint an administrator token. Every service
 * checks tokens against the issuer and requires the platform's audience instead.
 */
class DevelopmentModeTest {

    static final List<String> OVERLAYS = Overlays.NAMES;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void noDeploymentSwitchesDevelopmentModeOn(String overlay) {
        List<String> deployments = Overlays.ofKind(overlay, "Deployment").stream().map(Overlays::name).toList();
        assertThat(deployments).isNotEmpty();

        for (String deployment : deployments) {
            assertThat(DeploymentEnvironmentTest.environmentOf(overlay, deployment))
                    .as("variables of the %s Deployment in %s", deployment, overlay)
                    .noneMatch(variable -> DeploymentEnvironmentTest.binds(variable, "gridgov.security.development"));
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyServiceRequiresThePlatformsAudience(String overlay) {
        // Generated, so its name ends in a hash of its content.
        JsonNode security = Overlays.ofKind(overlay, "ConfigMap").stream()
                .filter(configMap -> Overlays.name(configMap).startsWith(WorkloadManifests.SECURITY_CONFIG + "-"))
                .findFirst().orElseThrow().path("data");

        assertThat(security.path("GRIDGOV_SECURITY_AUDIENCE").asText()).isEqualTo("gridgov");
    }
}
