package org.gridgov.devstack;

import java.nio.file.Path;

/** A part that did not start: which one, why, and the log that says more. */
final class StartFailure extends Exception {

    private final String part;
    private final transient Path log;

    StartFailure(String part, Path log, String reason) {
        super(reason);
        this.part = part;
        this.log = log;
    }

    String part() {
        return part;
    }

    Path log() {
        return log;
    }
}
