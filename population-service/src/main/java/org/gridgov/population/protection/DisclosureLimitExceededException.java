package org.gridgov.population.protection;

import java.time.Duration;

/** The caller has seen as many people in full as the window allows: 429 with {@code Retry-After}. */
public class DisclosureLimitExceededException extends RuntimeException {

    private final Duration retryAfter;
    private final int people;
    private final Duration window;

    DisclosureLimitExceededException(Duration retryAfter, int people, Duration window) {
        super("At most " + people + " people may be read in full within " + window + "; try again later.");
        this.retryAfter = retryAfter;
        this.people = people;
        this.window = window;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public int people() {
        return people;
    }

    public Duration window() {
        return window;
    }
}
