package org.gridgov.cases.deadline;

import java.time.Instant;

/**
 * The stage a case is in, when its light turns yellow and when its time limit there runs out (the
 * light turns red).
 */
public record Deadline(Stage stage, Instant warnAt, Instant dueAt) {

    public Deadline {
        if (warnAt.isAfter(dueAt)) {
            throw new IllegalArgumentException("a deadline warns before it is due: " + warnAt + " > " + dueAt);
        }
    }
}
