package org.gridgov.disputes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service's clock in tests: the real time, moved ahead on demand, so a test lets fifteen days pass
 * without waiting for them. Clocks derived with {@link #withZone} move with it.
 */
public final class AdjustableClock extends Clock {

    private final AtomicReference<Duration> ahead;
    private final ZoneId zone;

    private AdjustableClock(AtomicReference<Duration> ahead, ZoneId zone) {
        this.ahead = ahead;
        this.zone = zone;
    }

    /** Lets {@code time} pass at once. */
    public void advance(Duration time) {
        ahead.accumulateAndGet(time, Duration::plus);
    }

    /** Back to the real time. */
    public void reset() {
        ahead.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(ahead.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new AdjustableClock(ahead, other);
    }

    /** Puts the adjustable clock before the application's own, for every class of {@link DisputeServiceTest}. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Replacing {

        @Bean
        @Primary
        AdjustableClock adjustableClock() {
            return new AdjustableClock(new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
        }
    }
}
