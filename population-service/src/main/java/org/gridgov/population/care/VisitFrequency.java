package org.gridgov.population.care;

import java.time.Duration;
import java.time.Instant;

/**
 * How often a member of a special group is visited, and when the next visit falls due. By default
 * the risk level decides: high risk weekly, medium fortnightly, low monthly; the groups under
 * judicial or medical supervision (community correction, serious mental illness, drug
 * rehabilitation) are never visited less than fortnightly whatever their level. A membership may set
 * its own interval.
 */
public final class VisitFrequency {

    private VisitFrequency() {
    }

    /** The days allowed between two visits when the membership sets none. */
    public static int defaultIntervalDays(SpecialGroup group, RiskLevel risk) {
        int days = switch (risk) {
            case HIGH -> 7;
            case MEDIUM -> 14;
            case LOW -> 30;
        };
        boolean supervised = group == SpecialGroup.COMMUNITY_CORRECTION || group == SpecialGroup.SERIOUS_MENTAL_ILLNESS
                || group == SpecialGroup.DRUG_REHABILITATION;
        return supervised ? Math.min(days, 14) : days;
    }

    /** When the next visit falls due: the last visit, or the joining when never visited, plus the interval. */
    public static Instant dueAt(Instant joinedAt, Instant lastVisitedAt, int intervalDays) {
        Instant from = lastVisitedAt == null || lastVisitedAt.isBefore(joinedAt) ? joinedAt : lastVisitedAt;
        return from.plus(Duration.ofDays(intervalDays));
    }
}
