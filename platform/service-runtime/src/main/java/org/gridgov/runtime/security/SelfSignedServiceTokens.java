package org.gridgov.runtime.security;

import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Development: the service signs its own short-lived {@link Role#SERVICE} token with the stack's
 * development key, whose public half every service of the stack trusts. The subject names the
 * service ({@code service:case-workflow}), so the callee's logs tell who called; the audience is the
 * stack's own ({@code gridgov.security.audience}), which the callee requires when it is set.
 */
final class SelfSignedServiceTokens extends RenewedToken {

    private final RSAPrivateKey key;
    private final String subject;
    private final String issuer;
    private final String audience;
    private final Duration lifetime;
    private final Clock clock;

    SelfSignedServiceTokens(RSAPrivateKey key, String serviceName, String issuer, String audience, Duration lifetime,
                            Duration renewBefore, Clock clock) {
        super(renewBefore, clock);
        this.key = key;
        this.subject = "service:" + serviceName;
        this.issuer = issuer;
        this.audience = audience;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    Issued issue() {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(expiresAt))
                .claim(Caller.ROLES_CLAIM, List.of(Role.SERVICE.name()));
        if (audience != null && !audience.isBlank()) {
            claims.audience(audience);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT)
                .keyID("gridgov-dev").build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign the service token", e);
        }
        return new Issued(jwt.serialize(), expiresAt);
    }
}
