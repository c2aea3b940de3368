package org.gridgov.gateway;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;

/**
 * The gateway trusts only the issuer it is given: without one it does not start, rather than
 * accept tokens of the development key, whose private half is in the repository.
 */
class StartupTest {

    @Test
    void withoutAnIssuerTheGatewayRefusesToStartAndNamesWhatToSet() {
        assertThatThrownBy(() -> start("--gridgov.security.development=false"))
                .hasStackTraceContaining("gridgov.security.issuer-uri")
                .hasStackTraceContaining("gridgov.security.jwk-set-uri");
    }

    @Test
    void withoutAnAudienceTheGatewayRefusesToStart() {
        // Blank, not absent: test-support's infrastructure, once a test class of this JVM started it,
        // names the development audience in a system property.
        assertThatThrownBy(() -> start("--gridgov.security.development=false", "--gridgov.security.audience=",
                "--gridgov.security.jwk-set-uri=https://id.gridgov.example/realms/gridgov/protocol/openid-connect/certs"))
                .hasStackTraceContaining("gridgov.security.audience");
    }

    private static void start(String... settings) {
        String[] arguments = new String[settings.length + 2];
        arguments[0] = "--server.port=0";
        arguments[1] = "--logging.threshold.console=OFF";
        System.arraycopy(settings, 0, arguments, 2, settings.length);
        SpringApplication.run(GatewayApplication.class, arguments).close();
    }
}
