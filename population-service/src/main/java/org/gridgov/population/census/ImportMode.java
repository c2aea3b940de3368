package org.gridgov.population.census;

/** What a bad row does to the rest of the file. */
public enum ImportMode {
    /** One bad row and nothing of the file is written; the report lists every bad row. */
    ALL_OR_NOTHING,
    /** The good rows are written, each bad row is reported. */
    PER_ROW
}
