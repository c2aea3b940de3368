package org.gridgov.runtime.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The issuer whose tokens a service accepts, and what every token must carry: a signature of that
 * issuer, an expiry ({@code exp}), the configured {@code iss} and {@code aud}.
 *
 * <p>Without an issuer or a JWK set, a service refuses to start, unless development mode
 * ({@code gridgov.security.development}) is switched on: the development key pair is in the
 * repository, and a service that fell back to it silently would accept the administrator tokens
 * anyone can mint with it.
 */
final class TrustedIssuer {

    private static final Logger log = LoggerFactory.getLogger(TrustedIssuer.class);

    private TrustedIssuer() {
    }

    static NimbusJwtDecoder decoder(SecurityProperties properties) {
        requireProductionSettings(properties);
        NimbusJwtDecoder decoder;
        if (properties.hasJwkSetUri()) {
            decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
        } else if (properties.hasIssuerUri()) {
            decoder = JwtDecoders.fromIssuerLocation(properties.issuerUri());
        } else {
            log.warn("Development mode (gridgov.security.development=true): trusting the development key {}, whose "
                    + "private half is published in the source; never switch it on outside a development stack",
                    properties.publicKey());
            decoder = NimbusJwtDecoder.withPublicKey(
                    PemKeys.publicKey(properties.publicKey(), "gridgov.security.public-key")).build();
        }
        decoder.setJwtValidator(validator(properties));
        return decoder;
    }

    private static void requireProductionSettings(SecurityProperties properties) {
        if (properties.development()) {
            if (properties.hasJwkSetUri() || properties.hasIssuerUri()) {
                log.warn("Development mode (gridgov.security.development=true): tokens are not required to name "
                        + "an audience unless gridgov.security.audience is set");
            }
            return;
        }
        if (!properties.hasJwkSetUri() && !properties.hasIssuerUri()) {
            throw new IllegalStateException("No token issuer configured: set gridgov.security.issuer-uri or "
                    + "gridgov.security.jwk-set-uri (GRIDGOV_SECURITY_ISSUER_URI, GRIDGOV_SECURITY_JWK_SET_URI); a "
                    + "development stack alone sets gridgov.security.development=true to trust the development key");
        }
        if (!properties.hasAudience()) {
            throw new IllegalStateException("No token audience configured: set gridgov.security.audience "
                    + "(GRIDGOV_SECURITY_AUDIENCE), the aud every token must carry, e.g. gridgov");
        }
    }

    private static OAuth2TokenValidator<Jwt> validator(SecurityProperties properties) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        // The default timestamp check lets a token without exp through: such a token would never expire.
        validators.add(new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull));
        if (properties.hasIssuerUri()) {
            validators.add(new JwtIssuerValidator(properties.issuerUri()));
        }
        if (properties.hasAudience()) {
            validators.add(new JwtAudienceValidator(properties.audience()));
        }
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithValidators(validators));
    }
}
