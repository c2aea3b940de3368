package org.gridgov.gateway;

import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.gridgov.runtime.security.Role;
import org.gridgov.testing.DevTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who gets through, per route family: the gateway admits any valid token and relays it unchanged
 * (roles and territory are judged by the service, which validates the token again); anonymous
 * callers, expired and forged tokens, and tokens without expiry or for another audience stop here
 * with a 401 Problem Details.
 */
class SecurityMatrixTest extends GatewayTest {

    private static final List<String> FAMILIES = List.of("/api/units/130527100201", "/api/cases/8f0c2f4e",
            "/api/notifications/inbox");

    static Stream<Arguments> familiesAndRoles() {
        return FAMILIES.stream().flatMap(path -> Stream.of(Role.values()).map(role -> Arguments.of(path, role)));
    }

    @ParameterizedTest
    @MethodSource("familiesAndRoles")
    void everyRoleIsRelayedWithItsTokenUnchanged(String path, Role role) {
        DevTokens builder = DevTokens.forAccount("matrix-" + role + "-" + System.nanoTime()).roles(role.name())
                .scope("130527100201");
        if (role == Role.DEPARTMENT_HANDLER) {
            builder.department("URBAN_MGMT");
        }
        String token = builder.sign();

        HttpResponse<String> response = send(request(path, token).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("authorization").asString()).isEqualTo("Bearer " + token);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/units/130527100201", "/api/cases/8f0c2f4e", "/api/notifications/inbox"})
    void aTokenForAnotherTerritoryIsLeftToTheServiceToRefuse(String path) {
        String token = DevTokens.forAccount("w-elsewhere-" + System.nanoTime()).roles("GRID_WORKER")
                .scope("130527200101001").sign();

        HttpResponse<String> response = send(request(path, token).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("authorization").asString()).isEqualTo("Bearer " + token);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/units/130527100201", "/api/cases/8f0c2f4e", "/api/notifications/inbox",
            "/api/residents/r-1", "/api/disputes/d-1"})
    void anonymousCallersAreRefusedOutsideThePublicApi(String path) {
        HttpResponse<String> response = send(request(path).GET());

        assertUnauthorized(response);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/units/130527100201", "/api/cases/8f0c2f4e", "/api/notifications/inbox"})
    void anExpiredTokenIsRefused(String path) {
        String expired = DevTokens.forAccount("w-expired").roles("GRID_WORKER").lifetime(Duration.ofMinutes(-10)).sign();

        HttpResponse<String> response = send(request(path, expired).GET());

        assertUnauthorized(response);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/units/130527100201", "/api/cases/8f0c2f4e", "/api/notifications/inbox"})
    void aTokenSignedWithAnotherKeyIsRefused(String path) throws Exception {
        HttpResponse<String> response = send(request(path, forged()).GET());

        assertUnauthorized(response);
    }

    @Test
    void aTokenOfTheTrustedKeyWithoutExpiryOrForAnotherAudienceIsRefused() {
        JWTClaimsSet noExpiry = claims().audience(DevTokens.AUDIENCE).expirationTime(null).build();
        JWTClaimsSet noAudience = claims().build();
        JWTClaimsSet otherAudience = claims().audience("another-platform").build();

        for (JWTClaimsSet refused : List.of(noExpiry, noAudience, otherAudience)) {
            assertUnauthorized(send(request(FAMILIES.getFirst(), DevTokens.sign(refused)).GET()));
        }
        assertThat(send(request(FAMILIES.getFirst(), DevTokens.sign(claims().audience(DevTokens.AUDIENCE).build()))
                .GET()).statusCode()).isEqualTo(200);
    }

    @Test
    void residentsReachThePublicCaseApiWithoutAToken() {
        HttpResponse<String> response = send(request("/api/public/cases/TRK-7Q2M9").GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("backend").asString()).isEqualTo("case-workflow");
        assertThat(json(response).get("authorization").isNull()).isTrue();
    }

    @Test
    void healthAndDocumentationAreOpen() {
        assertThat(send(request("/actuator/health/readiness").GET()).statusCode()).isEqualTo(200);
        assertThat(send(request("/api/asyncapi.yaml").GET()).statusCode()).isEqualTo(200);
        assertThat(send(request("/api/docs/openapi/registry").GET()).statusCode()).isEqualTo(200);
    }

    @Test
    void answersCarrySecurityHeadersAndNoServerBanner() {
        HttpResponse<String> response = send(request("/api/public/cases/TRK-7Q2M9").GET());

        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().firstValue("Server")).isEmpty();
    }

    @Test
    void configuredOriginsMayCallFromABrowser() {
        HttpResponse<String> allowed = send(request("/api/public/cases").method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://forms.gridgov.example")
                .header("Access-Control-Request-Method", "POST"));
        HttpResponse<String> other = send(request("/api/public/cases").method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST"));

        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://forms.gridgov.example");
        assertThat(other.statusCode()).isEqualTo(403);
    }

    private static void assertUnauthorized(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).get("type").asString()).isEqualTo("urn:gridgov:problem:unauthorized");
    }

    private static String forged() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return signed(claims().audience(DevTokens.AUDIENCE).build(), (RSAPrivateKey) generator.generateKeyPair().getPrivate());
    }

    private static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().issuer(DevTokens.ISSUER).subject("intruder-" + System.nanoTime())
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(600)))
                .claim("roles", List.of("ADMIN"));
    }

    private static String signed(JWTClaimsSet claims, RSAPrivateKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("gridgov-dev").build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
