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
 * @param publicKey   the development public key, used when neither of the above is set
 * @param publicPaths paths open without a token, besides health, metrics and API documentation
 * @param servicePaths paths another service may call with its own token ({@link Role#SERVICE});
 *                     every other path refuses such a token (403)
 * @param rememberedTokens how many validated tokens are remembered at most (bounds the memory)
 * @param rememberFor      how long a validated token is remembered (never past its expiry); a token
 *                         refused is never remembered
 */
@ConfigurationProperties("gridgov.security")
public record SecurityProperties(String jwkSetUri,
                                 String issuerUri,
                                 @DefaultValue("classpath:gridgov/dev-jwt-public.pem") Resource publicKey,
                                 @DefaultValue("") List<String> publicPaths,
                                 @DefaultValue("") List<String> servicePaths,
                                 @DefaultValue("100000") long rememberedTokens,
                                 @DefaultValue("5m") Duration rememberFor) {
}
