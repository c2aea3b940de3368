package org.gridgov.runtime.security;

import java.util.Optional;

/**
 * The token a service presents when it calls another service of the platform on its own behalf
 * (a report from Kafka or from an anonymous resident has no caller whose token could be relayed).
 * Its {@code roles} claim holds {@link Role#SERVICE}, which a callee accepts only on the handlers
 * whose {@link AllowedRoles} name it.
 *
 * <p>Production: OAuth2 client credentials against the configured issuer
 * ({@code gridgov.service-credentials.token-uri}, {@code client-id}, {@code client-secret}).
 * Development: a short-lived token the service signs itself with the stack's development key
 * ({@code gridgov.service-credentials.signing-key}). Neither configured: no token, and the callee's
 * refusal is the caller's documented fallback.
 */
public interface ServiceCredentials {

    /** A bearer token valid for at least a little while longer, or empty when none is configured. */
    Optional<String> bearerToken();
}
