package org.gridgov.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signed JWTs for tests and local development, matching the development public key a service
 * trusts only in development mode ({@code gridgov.security.development=true}, which
 * {@link RealInfrastructure} and the dev stack switch on). Never a production credential: the key
 * pair lives in the repository. Every token names the {@link #AUDIENCE} of the development stack.
 * <pre>{@code
 * String token = DevTokens.forAccount("worker-1").roles("GRID_WORKER").scope("130527100201001").sign();
 * }</pre>
 */
public final class DevTokens {

    public static final String ISSUER = "https://gridgov.local/dev";
    /** The {@code aud} of development tokens, the {@code gridgov.security.audience} of tests and the dev stack. */
    public static final String AUDIENCE = "gridgov";
    private static final RSAPrivateKey KEY = readKey();

    private final String subject;
    private final Set<String> roles = new LinkedHashSet<>();
    private final List<String> scope = new ArrayList<>();
    private String department;
    private Duration lifetime = Duration.ofHours(8);

    private DevTokens(String subject) {
        this.subject = subject;
    }

    /** Starts a token for the account id that becomes its subject. */
    public static DevTokens forAccount(String subject) {
        return new DevTokens(subject);
    }

    public DevTokens roles(String... names) {
        roles.addAll(List.of(names));
        return this;
    }

    /** The unit codes whose subtrees the caller governs ({@code grid_scope}). */
    public DevTokens scope(String... unitCodes) {
        scope.addAll(List.of(unitCodes));
        return this;
    }

    public DevTokens department(String code) {
        this.department = code;
        return this;
    }

    public DevTokens lifetime(Duration lifetime) {
        this.lifetime = lifetime;
        return this;
    }

    /** The compact, signed token. */
    public String sign() {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject)
                .audience(AUDIENCE)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(now.plus(lifetime)))
                .claim("roles", List.copyOf(roles))
                .claim("grid_scope", List.copyOf(scope));
        if (department != null) {
            claims.claim("department", department);
        }
        return sign(claims.build());
    }

    /** Any claims, signed with the development key: for tests of the tokens a service must refuse. */
    public static String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID("gridgov-dev").build(), claims);
        try {
            jwt.sign(new RSASSASigner(KEY));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a development token", e);
        }
        return jwt.serialize();
    }

    private static RSAPrivateKey readKey() {
        try (InputStream in = DevTokens.class.getResourceAsStream("/gridgov/dev-jwt-private.pem")) {
            if (in == null) {
                throw new IllegalStateException("gridgov/dev-jwt-private.pem is missing from test-support");
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("could not read the development signing key", e);
        }
    }
}
