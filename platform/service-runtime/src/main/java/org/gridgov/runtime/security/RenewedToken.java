package org.gridgov.runtime.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A service token kept until shortly before it expires and then issued anew, so a call costs a
 * token request only every few minutes. Concurrent callers wait for one renewal rather than each
 * asking the issuer.
 */
abstract class RenewedToken implements ServiceCredentials {

    /** A token as issued, with the moment it stops being valid. */
    record Issued(String value, Instant expiresAt) {
    }

    private final Duration renewBefore;
    private final Clock clock;
    private volatile Issued current;

    RenewedToken(Duration renewBefore, Clock clock) {
        this.renewBefore = renewBefore;
        this.clock = clock;
    }

    /** Asks for a new token; may block on the issuer. */
    abstract Issued issue();

    @Override
    public Optional<String> bearerToken() {
        Issued token = current;
        if (token == null || fresh(token)) {
            synchronized (this) {
                token = current;
                if (token == null || fresh(token)) {
                    token = issue();
                    current = token;
                }
            }
        }
        return Optional.of(token.value());
    }

    private boolean fresh(Issued token) {
        return !clock.instant().isBefore(token.expiresAt().minus(renewBefore));
    }
}
