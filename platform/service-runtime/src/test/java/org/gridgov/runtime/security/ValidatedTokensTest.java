package org.gridgov.runtime.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValidatedTokensTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

    private final AtomicInteger checks = new AtomicInteger();

    @Test
    void anAcceptedTokenIsCheckedOnceWhileItIsValid() {
        ValidatedTokens tokens = new ValidatedTokens(decoder(NOW.plusSeconds(600)), 10, Duration.ofMinutes(5), at(NOW));

        Jwt first = tokens.decode("good");
        Jwt second = tokens.decode("good");

        assertThat(second).isSameAs(first);
        assertThat(checks).hasValue(1);
    }

    @Test
    void aRememberedTokenIsCheckedAgainOnceItHasExpired() {
        MovableClock clock = new MovableClock();
        ValidatedTokens tokens = new ValidatedTokens(token -> {
            if (checks.incrementAndGet() > 1) {
                throw new BadJwtException("expired");
            }
            return jwt(token, NOW.plusSeconds(60));
        }, 10, Duration.ofMinutes(5), clock);
        tokens.decode("good");

        clock.now = NOW.plusSeconds(61);

        assertThatThrownBy(() -> tokens.decode("good")).isInstanceOf(BadJwtException.class);
        assertThat(checks).hasValue(2);
    }

    @Test
    void aRejectedTokenIsCheckedEveryTime() {
        ValidatedTokens tokens = new ValidatedTokens(token -> {
            checks.incrementAndGet();
            throw new BadJwtException("bad signature");
        }, 10, Duration.ofMinutes(5), at(NOW));

        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(checks).hasValue(2);
    }

    private JwtDecoder decoder(Instant expiresAt) {
        return token -> {
            checks.incrementAndGet();
            return jwt(token, expiresAt);
        };
    }

    private static Jwt jwt(String token, Instant expiresAt) {
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("w1")
                .issuedAt(NOW.minusSeconds(10)).expiresAt(expiresAt).build();
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    private static final class MovableClock extends Clock {

        private Instant now = NOW;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
