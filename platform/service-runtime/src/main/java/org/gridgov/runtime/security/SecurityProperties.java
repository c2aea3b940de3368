package org.gridgov.runtime.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * How a service validates tokens and what it opens to anonymous callers.
 *
 * @param jwkSetUri   the issuer's JWK set (production: Keycloak's {@code .../protocol/openid-connect/certs})
 * @param issuerUri   the expected {@code iss}; also used to discover the JWK set when no JWK set URI is given
 * @param audience    the {@code aud} every token must name; required outside development
 * @param development development only: trust {@code publicKey} when neither an issuer nor a JWK set is
 *                    configured, and start without an audience. Off unless switched on: without an
 *                    issuer, a service refuses to start rather than trust a key published in the source
 * @param publicKey   the development public key, trusted only in development
 * @param publicPaths paths open without a token, besides health, metrics and API documentation
 * @param rememberedTokens how many validated tokens are remembered at most (bounds the memory)
 * @param rememberFor      how long a validated token is remembered (never past its expiry); a token
 *                         refused is never remembered
 */
@ConfigurationProperties("gridgov.security")
public record SecurityProperties(String jwkSetUri,
                                 String issuerUri,
                                 String audience,
                                 @DefaultValue("false") boolean development,
                                 @DefaultValue("classpath:gridgov/dev-jwt-public.pem") Resource publicKey,
                                 @DefaultValue("") List<String> publicPaths,
                                 @DefaultValue("100000") long rememberedTokens,
                                 @DefaultValue("5m") Duration rememberFor) {

    boolean hasJwkSetUri() {
        return jwkSetUri != null && !jwkSetUri.isBlank();
    }

    boolean hasIssuerUri() {
        return issuerUri != null && !issuerUri.isBlank();
    }

    boolean hasAudience() {
        return audience != null && !audience.isBlank();
    }
}
