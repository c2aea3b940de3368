package org.gridgov.notifications.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.github.resilience4j.core.IntervalFunction;

/**
 * When a failed delivery is tried again, or that it is given up. The waits are resilience4j's
 * exponential backoff with jitter, so receivers that went down together are not hit together when
 * they come back. The attempt count lives in the delivery row rather than in a resilience4j
 * {@code Retry}, because a retry held in memory would be lost with the process.
 */
public final class RetrySchedule {

    private final IntervalFunction waits;
    private final int maxAttempts;
    private final Duration giveUpAfter;

    public RetrySchedule(Duration initialBackoff, double multiplier, double jitter, Duration maxBackoff,
                         int maxAttempts, Duration giveUpAfter) {
        this.waits = IntervalFunction.ofExponentialRandomBackoff(initialBackoff, multiplier, jitter, maxBackoff);
        this.maxAttempts = maxAttempts;
        this.giveUpAfter = giveUpAfter;
    }

    public static RetrySchedule of(DeliveryProperties properties) {
        return new RetrySchedule(properties.initialBackoff(), properties.multiplier(), properties.jitter(),
                properties.maxBackoff(), properties.maxAttempts(), properties.giveUpAfter());
    }

    /**
     * The time of the next attempt after {@code attempts} failed ones, or empty when the delivery is
     * given up: too many attempts, or pending for longer than allowed.
     */
    public Optional<Instant> nextAttempt(int attempts, Instant pendingSince, Instant now) {
        if (attempts >= maxAttempts || !now.isBefore(pendingSince.plus(giveUpAfter))) {
            return Optional.empty();
        }
        return Optional.of(now.plusMillis(waits.apply(attempts)));
    }
}
