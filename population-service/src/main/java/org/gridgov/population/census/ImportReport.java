package org.gridgov.population.census;

import java.util.List;

/**
 * What an import did: rows read, people entered, people already on the ledger (a re-import enters
 * nobody twice), rows refused with their number and reason; {@code written} false when an
 * all-or-nothing import refused the file.
 */
public record ImportReport(ImportMode mode, int rows, int imported, int alreadyOnLedger, int householdsFormed,
                           int specialGroupMemberships, int refused, boolean written, List<RowProblem> problems) {
}
