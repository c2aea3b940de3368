package org.gridgov.runtime.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

/**
 * Production: the service's token from the issuer by OAuth2 client credentials (RFC 6749 §4.4),
 * through Spring Security's token client. The issuer must put {@code SERVICE} in the token's
 * {@code roles} claim for this client (in Keycloak: a hard-coded or realm-role mapper on the client).
 */
final class ClientCredentialsTokens extends RenewedToken {

    /** Used when the issuer does not say how long its token lives. */
    private static final Duration ASSUMED_LIFETIME = Duration.ofMinutes(5);

    private final ClientRegistration registration;
    private final OAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> client;
    private final Clock clock;

    ClientCredentialsTokens(ServiceCredentialsProperties properties, Clock clock) {
        this(properties, new RestClientClientCredentialsTokenResponseClient(), clock);
    }

    ClientCredentialsTokens(ServiceCredentialsProperties properties,
                            OAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> client, Clock clock) {
        super(properties.renewBefore(), clock);
        this.registration = ClientRegistration.withRegistrationId("gridgov-service")
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(properties.tokenUri().toString())
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .scope(properties.scopes())
                .build();
        this.client = client;
        this.clock = clock;
    }

    @Override
    Issued issue() {
        OAuth2AccessToken token = client.getTokenResponse(new OAuth2ClientCredentialsGrantRequest(registration))
                .getAccessToken();
        Instant expiresAt = token.getExpiresAt() != null ? token.getExpiresAt() : clock.instant().plus(ASSUMED_LIFETIME);
        return new Issued(token.getTokenValue(), expiresAt);
    }
}
