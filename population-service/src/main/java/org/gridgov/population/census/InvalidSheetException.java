package org.gridgov.population.census;

import java.util.List;

/** A file that is no census sheet at all: unreadable, empty, or without a required column. */
class InvalidSheetException extends RuntimeException {

    private final List<String> missingColumns;

    InvalidSheetException(String message, List<String> missingColumns) {
        super(message);
        this.missingColumns = List.copyOf(missingColumns);
    }

    List<String> missingColumns() {
        return missingColumns;
    }
}
