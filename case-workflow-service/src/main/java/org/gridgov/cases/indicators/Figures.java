package org.gridgov.cases.indicators;

import java.util.Map;

/**
 * The assessment figures (综合评价) of a set of cases: those reported in the period, and what became
 * of them. Rates are shares between 0 and 1, null where nothing was there to divide.
 *
 * @param key                       the group (a grid, worker, department or level); null for the
 *                                  total, or for the cases the group does not apply to
 * @param reported                  reports: cases filed, and reports linked to them as duplicates
 * @param filed                     cases filed and not rejected afterwards by a command centre
 * @param filingRate                filed of reported
 * @param rejected                  cases a command centre rejected after filing (a prank, a duplicate
 *                                  found by hand, no government matter, nothing to act on)
 * @param rejectedFor               the same by reason code, every code present
 * @param closureRate               closed of filed
 * @param onTimeRate                closed without a late stage, of closed
 * @param reworkCount               failed verifications in all
 * @param reworkRate                cases reworked at least once, of filed
 * @param averageTimeToCloseSeconds from filing to close, over closed cases
 * @param p90TimeToCloseSeconds     90th percentile of the same
 * @param satisfactionRate          ratings of 4 or 5, of rated cases
 * @param settledAt                 closed cases by the level holding them when they closed, as shares
 *                                  of closed ("small matters stay in the grid")
 * @param overdue                   cases that let at least one deadline pass
 * @param departmentLate            cases a department let a deadline pass on
 */
public record Figures(String key, long reported, long filed, Double filingRate, long rejected,
                      Map<String, Long> rejectedFor, long closed, Double closureRate,
                      long closedOnTime, Double onTimeRate, long reworkCount, long reworked, Double reworkRate,
                      Double averageTimeToCloseSeconds, Double p90TimeToCloseSeconds, long rated, Double satisfactionRate,
                      Double averageRating, Map<String, Double> settledAt, long overdue, long departmentLate) {
}
