package org.gridgov.disputes.indicators;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * How a territory's disputes went in a period. Shares are of the disputes concluded in the period
 * (settled or referred); on-time and reopened shares are of the agreements made in the period.
 *
 * @param settlementRate     settled / (settled + referred)
 * @param settledShareByLevel the share of concluded disputes settled at each level, and {@code LEGAL} for referrals
 * @param shape              the seeds' 70/20/10 shape: settled in the grid by the community itself, mediated
 *                           by the village, town or county, and sent to legal channels, each against its target
 * @param averageDaysToSettle from opening to the settlement, for the settlements of the period; null without any
 */
public record Indicators(String unit, LocalDate from, LocalDate to, long opened, long settled, long referred,
                         Double settlementRate, Map<String, Double> settledShareByLevel, List<ShapeShare> shape,
                         Double averageDaysToSettle, long agreementsPerformedOnTime, Double performedOnTimeShare,
                         long reopened, Double reopenedShare) {

    /** One band of the shape: its share of concluded disputes and the target (a ceiling for legal channels). */
    public record ShapeShare(String band, Double share, double target) {
    }
}
