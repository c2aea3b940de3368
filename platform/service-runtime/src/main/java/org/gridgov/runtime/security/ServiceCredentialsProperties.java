package org.gridgov.runtime.security;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * How this service obtains its own token ({@link ServiceCredentials}).
 *
 * @param tokenUri     the issuer's token endpoint (Keycloak: {@code .../protocol/openid-connect/token});
 *                     with {@code clientId} and {@code clientSecret}, OAuth2 client credentials are used
 * @param clientId     this service's client at the issuer
 * @param clientSecret its secret, from a Kubernetes Secret
 * @param scopes       scopes asked for, if the issuer wants any
 * @param signingKey   development only: an RSA private key (PKCS#8 PEM) to sign the service's own
 *                     tokens with, when no token endpoint is configured
 * @param issuer       development only: the {@code iss} of self-signed tokens
 * @param lifetime     development only: how long a self-signed token is valid
 * @param renewBefore  a token is renewed this long before it expires, so none expires in flight
 */
@ConfigurationProperties("gridgov.service-credentials")
public record ServiceCredentialsProperties(URI tokenUri,
                                           String clientId,
                                           String clientSecret,
                                           @DefaultValue("") List<String> scopes,
                                           Resource signingKey,
                                           @DefaultValue("https://gridgov.local/dev") String issuer,
                                           @DefaultValue("10m") Duration lifetime,
                                           @DefaultValue("1m") Duration renewBefore) {

    boolean clientCredentials() {
        return tokenUri != null && clientId != null && !clientId.isBlank();
    }
}
