package org.gridgov.cases.catalogue;

/** How serious a case is; MAJOR and CRITICAL cases may be filed above the grid. */
public enum Severity {
    NORMAL,
    MAJOR,
    CRITICAL;

    public static Severity max(Severity one, Severity other) {
        return one.compareTo(other) >= 0 ? one : other;
    }
}
