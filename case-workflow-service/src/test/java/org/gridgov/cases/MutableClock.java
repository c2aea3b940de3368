package org.gridgov.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in tests: real time by default, or pinned to an instant and moved on by hand,
 * so deadlines fall due when a test says, without waiting.
 */
public final class MutableClock extends Clock {

    private volatile Instant pinned;
    private volatile Duration offset = Duration.ZERO;

    /** Stops the clock at {@code instant}; it moves only by {@link #advance}. */
    public MutableClock pin(Instant instant) {
        this.pinned = instant;
        return this;
    }

    /** Moves the clock on. */
    public MutableClock advance(Duration duration) {
        Instant current = pinned;
        if (current != null) {
            pinned = current.plus(duration);
        } else {
            offset = offset.plus(duration);
        }
        return this;
    }

    @Override
    public Instant instant() {
        Instant current = pinned;
        return current != null ? current : Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
