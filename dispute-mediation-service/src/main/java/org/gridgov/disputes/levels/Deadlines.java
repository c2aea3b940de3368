package org.gridgov.disputes.levels;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * Each level's time limit for settling a dispute, in calendar time from the moment the dispute
 * arrived at the level (opened, escalated or reopened there), and the light it shows.
 */
public final class Deadlines {

    private final Map<Level, Duration> limits;
    private final double yellowAtShare;

    public Deadlines(Map<Level, Duration> limits, double yellowAtShare) {
        for (Level level : Level.values()) {
            Duration limit = limits.get(level);
            if (limit == null || limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("no positive time limit for level " + level);
            }
        }
        if (yellowAtShare <= 0 || yellowAtShare >= 1) {
            throw new IllegalArgumentException("the yellow share must lie between 0 and 1, not " + yellowAtShare);
        }
        this.limits = new EnumMap<>(limits);
        this.yellowAtShare = yellowAtShare;
    }

    public Instant dueAt(Level level, Instant arrivedAt) {
        return arrivedAt.plus(limits.get(level));
    }

    public Light light(Instant arrivedAt, Instant dueAt, Instant now) {
        if (!now.isBefore(dueAt)) {
            return Light.RED;
        }
        Duration limit = Duration.between(arrivedAt, dueAt);
        Duration elapsed = Duration.between(arrivedAt, now);
        return elapsed.toMillis() >= limit.toMillis() * yellowAtShare ? Light.YELLOW : Light.GREEN;
    }
}
