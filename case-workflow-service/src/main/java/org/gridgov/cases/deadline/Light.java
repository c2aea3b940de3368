package org.gridgov.cases.deadline;

import java.time.Instant;

/** The deadline light of a case (红黄绿灯, seed 002): green in time, yellow when most of the limit has passed, red late. */
public enum Light {
    GREEN,
    YELLOW,
    RED,
    /**
     * No deadline runs: the dispute the case is about is in mediation, and the stage keeps the time
     * it had left until the case goes on or closes with the dispute.
     */
    PAUSED;

    /** The light at {@code now} of a running deadline; null when the case has none (nobody must act on it). */
    public static Light at(Instant now, Instant warnAt, Instant dueAt) {
        if (dueAt == null) {
            return null;
        }
        if (!now.isBefore(dueAt)) {
            return RED;
        }
        return warnAt != null && !now.isBefore(warnAt) ? YELLOW : GREEN;
    }
}
