package org.gridgov.population.census;

/**
 * Why a row was refused: the row number the spreadsheet shows, a stable reason code
 * ({@code id-number-check-digit}, {@code unknown-grid}, {@code duplicate-in-file}, …), the column and
 * a message; never the cell's value.
 */
public record RowProblem(int row, String reason, String column, String message) {
}
