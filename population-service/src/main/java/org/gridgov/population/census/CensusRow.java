package org.gridgov.population.census;

import java.util.EnumMap;
import java.util.Map;

/**
 * One data row of a census sheet as written, by column. {@code number} is the row number the
 * spreadsheet shows (the heading is row 1), so a report points at the line the office sees.
 */
record CensusRow(int number, Map<Column, String> cells) {

    CensusRow {
        cells = cells.isEmpty() ? Map.of() : new EnumMap<>(cells);
    }

    String get(Column column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    boolean isBlank() {
        return cells.values().stream().allMatch(value -> value == null || value.isBlank());
    }

    @Override
    public String toString() {
        return "CensusRow[" + number + "]"; // the cells are personal data
    }
}
