package org.gridgov.disputes.levels;

/** The registry (as this service's replica knows it) has no such grid, or no unit of that level above it. */
public class UnknownUnitException extends RuntimeException {

    private final String gridCode;
    private final Level level;

    public UnknownUnitException(String gridCode, Level level) {
        super(level == Level.GRID ? "no grid " + gridCode + " in the registry"
                : "no " + level + " unit above grid " + gridCode + " in the registry");
        this.gridCode = gridCode;
        this.level = level;
    }

    public String gridCode() {
        return gridCode;
    }

    public Level level() {
        return level;
    }
}
