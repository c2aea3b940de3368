package org.gridgov.cases.indicators;

/** What the indicators of a unit are broken down by. */
public enum GroupBy {
    /** The grid the problem lies in. */
    GRID("place"),
    /** The grid worker the case was assigned to. */
    WORKER("worker_id"),
    /** The department the case was (last) with. */
    DEPARTMENT("department_code"),
    /** The level holding the case, or where it was settled. */
    LEVEL("level");

    private final String column;

    GroupBy(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }
}
