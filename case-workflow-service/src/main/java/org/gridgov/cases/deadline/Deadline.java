package org.gridgov.cases.deadline;

import java.time.Instant;

/** The stage a case is in and when its time limit there runs out. */
public record Deadline(Stage stage, Instant dueAt) {
}
