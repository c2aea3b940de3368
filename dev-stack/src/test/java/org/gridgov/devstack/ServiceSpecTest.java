package org.gridgov.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceSpecTest {

    @TempDir
    static Path state;

    private final StackLayout offsetByTen = new StackLayout(Path.of("/repo"), Path.of("/repo/.dev-stack"), 10);
    private StackSecrets secrets;

    @BeforeEach
    void secrets() {
        secrets = StackSecrets.of(new StackLayout(Path.of("/repo"), state, 0));
    }

    @Test
    void aServiceGetsTheEnvironmentKubernetesWouldGiveIt() {
        ServiceSpec cases = ServiceSpec.named("case-workflow").orElseThrow();

        Map<String, String> env = cases.environment(offsetByTen, secrets);

        assertThat(env).containsEntry("SERVER_PORT", "8092")
                .containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:5442/gridgov_cases")
                .containsEntry("SPRING_DATASOURCE_USERNAME", "postgres")
                .containsEntry("SPRING_DATASOURCE_PASSWORD", "postgres")
                .containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "localhost:9102")
                .containsEntry("GRIDGOV_REGISTRY_URL", "http://localhost:8091")
                .doesNotContainKey("GRIDGOV_GATEWAY_BACKENDS_REGISTRY")
                .doesNotContainKey("GRIDGOV_PRIVACY_HASH_KEY");
        assertThat(env.get("GRIDGOV_SERVICE_CREDENTIALS_SIGNING_KEY")).startsWith("file:").endsWith("service-signing-key.pem");
    }

    @Test
    void theGatewayGetsItsBackendsAndNoDatabase() {
        ServiceSpec gateway = ServiceSpec.named("gateway").orElseThrow();

        Map<String, String> env = gateway.environment(offsetByTen, secrets);

        assertThat(env).containsEntry("SERVER_PORT", "8090")
                .containsEntry("GRIDGOV_GATEWAY_BACKENDS_REGISTRY", "http://localhost:8091")
                .containsEntry("GRIDGOV_GATEWAY_BACKENDS_CASES", "http://localhost:8092")
                .containsEntry("GRIDGOV_GATEWAY_BACKENDS_NOTIFICATIONS", "http://localhost:8095")
                .doesNotContainKey("SPRING_DATASOURCE_URL")
                .doesNotContainKey("GRIDGOV_SERVICE_CREDENTIALS_SIGNING_KEY");
    }

    @Test
    void onlyTheServiceKeepingPersonalDataGetsItsKeysWhichStayTheSameBetweenRuns() {
        ServiceSpec population = ServiceSpec.named("population").orElseThrow();

        Map<String, String> env = population.environment(offsetByTen, secrets);

        assertThat(env).containsEntry("GRIDGOV_PRIVACY_CURRENT_KEY_ID", "devstack1")
                .containsKeys("GRIDGOV_PRIVACY_KEYS_DEVSTACK1", "GRIDGOV_PRIVACY_HASH_KEY");
        assertThat(Base64.getDecoder().decode(env.get("GRIDGOV_PRIVACY_KEYS_DEVSTACK1"))).hasSize(32);
        assertThat(population.environment(offsetByTen, StackSecrets.of(new StackLayout(Path.of("/repo"), state, 0))))
                .isEqualTo(env);
    }

    @Test
    void everyServiceAndTheGatewayRunInDevelopmentModeForTheStacksAudience() {
        for (ServiceSpec service : ServiceSpec.ALL) {
            assertThat(service.environment(offsetByTen, secrets))
                    .as(service.name())
                    .containsEntry("GRIDGOV_SECURITY_DEVELOPMENT", "true")
                    .containsEntry("GRIDGOV_SECURITY_AUDIENCE", "gridgov");
        }
    }

    @Test
    void theGatewayStartsLastAndEveryOtherServiceHasItsOwnDatabase() {
        assertThat(ServiceSpec.ALL.getLast().isGateway()).isTrue();
        assertThat(ServiceSpec.databases()).containsExactly("gridgov_registry", "gridgov_cases",
                "gridgov_population", "gridgov_disputes", "gridgov_notifications");
    }
}
