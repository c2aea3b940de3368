package org.gridgov.runtime.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

class ServiceTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

    @Test
    void selfSignedTokenCarriesTheServiceRoleAndIsTrustedByTheStacksPublicKey() {
        SelfSignedServiceTokens tokens = new SelfSignedServiceTokens(
                PemKeys.privateKey(new ClassPathResource("gridgov/dev-jwt-private.pem"), "key"), "case-workflow",
                "https://gridgov.local/dev", "gridgov", Duration.ofMinutes(10), Duration.ofMinutes(1), Clock.systemUTC());

        Jwt jwt = NimbusJwtDecoder.withPublicKey(PemKeys.publicKey(new ClassPathResource("gridgov/dev-jwt-public.pem"), "key"))
                .build().decode(tokens.bearerToken().orElseThrow());

        assertThat(jwt.getSubject()).isEqualTo("service:case-workflow");
        assertThat(Caller.of(jwt).roles()).containsExactly(Role.SERVICE);
        assertThat(jwt.getExpiresAt()).isNotNull();
        assertThat(jwt.getAudience()).containsExactly("gridgov");
    }

    @Test
    void aServiceReadsEverywhereAndChangesNothing() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("service:case-workflow")
                .claim(Caller.ROLES_CLAIM, List.of("SERVICE")).build();

        Caller caller = Caller.of(jwt);

        assertThat(caller.maySee("130527100201001")).isTrue();
        assertThat(caller.mayChange("130527100201001")).isFalse();
    }

    @Test
    void clientCredentialsTokenComesFromTheIssuerAndIsRenewedOnlyNearItsExpiry() throws IOException {
        AtomicInteger issued = new AtomicInteger();
        AtomicReference<String> form = new AtomicReference<>();
        HttpServer issuer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        issuer.createContext("/token", exchange -> {
            form.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = ("{\"access_token\":\"token-" + issued.incrementAndGet()
                    + "\",\"token_type\":\"Bearer\",\"expires_in\":300}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        issuer.start();
        try {
            MovableClock clock = new MovableClock(NOW);
            ServiceCredentialsProperties properties = new ServiceCredentialsProperties(
                    URI.create("http://127.0.0.1:" + issuer.getAddress().getPort() + "/token"), "case-workflow", "s3cret",
                    List.of(), null, "unused", Duration.ofMinutes(10), Duration.ofMinutes(1));
            ClientCredentialsTokens tokens = new ClientCredentialsTokens(properties, clock);

            String first = tokens.bearerToken().orElseThrow();
            clock.now = NOW.plusSeconds(200);
            String stillFirst = tokens.bearerToken().orElseThrow();
            clock.now = NOW.plusSeconds(250);
            String renewed = tokens.bearerToken().orElseThrow();

            assertThat(first).isEqualTo("token-1").isEqualTo(stillFirst);
            assertThat(renewed).isEqualTo("token-2");
            assertThat(form.get()).contains("grant_type=client_credentials");
        } finally {
            issuer.stop(0);
        }
    }

    /** The token client reads the issuer's {@code expires_in} against the real clock; ours moves on demand. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(Duration.between(NOW, now));
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
