package org.gridgov.cases.routing;

/** The levels that hold cases, lowest first: a case is held at exactly one level of exactly one unit. */
public enum Level {
    GRID,
    VILLAGE,
    TOWN,
    COUNTY;

    public boolean isAbove(Level other) {
        return compareTo(other) > 0;
    }

    /** The higher of the two levels. */
    public static Level max(Level one, Level other) {
        return one.compareTo(other) >= 0 ? one : other;
    }
}
