package org.gridgov.cases.indicators;

import java.time.LocalDate;
import java.util.List;

/** The indicators of a unit subtree over a period: the total, and the groups asked for. */
public record IndicatorReport(String unit, LocalDate from, LocalDate to, GroupBy groupBy, Figures total,
                              List<Figures> groups) {
}
