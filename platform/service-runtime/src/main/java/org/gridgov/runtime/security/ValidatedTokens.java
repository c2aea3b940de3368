package org.gridgov.runtime.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers the tokens the platform's decoder accepted, so a client calling again with the same
 * token costs a map lookup instead of a signature check. A token is remembered for at most
 * {@code maxAge} and never past its own expiry; rejected tokens are never remembered, so a forged
 * or expired one is checked (and refused) every time.
 *
 * <p>Every service and the gateway decode through it: a grid worker's app sends the same token for
 * an hour, and an RSA signature check with its claim mapping is a tenth of a small request's CPU.
 */
public final class ValidatedTokens implements JwtDecoder {

    private final JwtDecoder decoder;
    private final Cache<String, Jwt> accepted;
    private final Clock clock;

    public ValidatedTokens(JwtDecoder decoder, long maxTokens, Duration maxAge, Clock clock) {
        this.decoder = decoder;
        this.clock = clock;
        this.accepted = Caffeine.newBuilder()
                .maximumSize(maxTokens)
                .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> lifetime(jwt, maxAge)))
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt jwt = accepted.getIfPresent(token);
        if (jwt != null && (jwt.getExpiresAt() == null || clock.instant().isBefore(jwt.getExpiresAt()))) {
            return jwt;
        }
        Jwt decoded = decoder.decode(token);
        accepted.put(token, decoded);
        return decoded;
    }

    private Duration lifetime(Jwt jwt, Duration maxAge) {
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null) {
            return maxAge;
        }
        Duration left = Duration.between(clock.instant(), expiresAt);
        return left.isNegative() ? Duration.ZERO : left.compareTo(maxAge) < 0 ? left : maxAge;
    }
}
