package org.gridgov.cases.evaluation;

import java.time.Duration;
import java.time.Instant;

/**
 * A resident who rates the result low soon after the close says the problem is not solved: the
 * case goes back to its handler. Later, a low rating is only recorded (the problem may be a new
 * one, reported as such).
 */
final class LowRatingRule {

    private final int reopenAtOrBelow;
    private final Duration within;

    LowRatingRule(int reopenAtOrBelow, Duration within) {
        this.reopenAtOrBelow = reopenAtOrBelow;
        this.within = within;
    }

    /** Whether {@code rating}, given at {@code now}, reopens a case closed at {@code closedAt}. */
    boolean reopens(int rating, Instant closedAt, Instant now) {
        return rating <= reopenAtOrBelow && closedAt != null && now.isBefore(closedAt.plus(within));
    }
}
