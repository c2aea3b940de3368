package org.gridgov.cases.deadline;

import java.time.Duration;

/**
 * What a stopped deadline had left, counted as its category's limits count (working time, or
 * calendar time for urgent categories): to its yellow light and to its end, zero for what had
 * already passed.
 */
public record TimeLeft(Duration toWarn, Duration toDue) {

    public TimeLeft {
        if (toWarn.isNegative() || toDue.isNegative() || toWarn.compareTo(toDue) > 0) {
            throw new IllegalArgumentException("time left is 0 <= to warn <= to due, not " + toWarn + " / " + toDue);
        }
    }

    /** Whether the deadline had already run out when it stopped. */
    public boolean ranOut() {
        return toDue.isZero();
    }
}
