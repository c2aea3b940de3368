package org.gridgov.disputes.levels;

/** The county is the last level of mediation: what it cannot settle is referred to a legal channel. */
public class NoLevelAboveException extends RuntimeException {

    private final Level level;

    public NoLevelAboveException(Level level) {
        super("no mediation level above " + level + ": refer the dispute to a legal channel");
        this.level = level;
    }

    public Level level() {
        return level;
    }
}
