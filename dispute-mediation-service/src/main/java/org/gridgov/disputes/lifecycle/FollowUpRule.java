package org.gridgov.disputes.lifecycle;

import java.time.LocalDate;

/** What a follow-up visit's finding means for the agreement's indicators and for the dispute. */
public final class FollowUpRule {

    private FollowUpRule() {
    }

    /**
     * Whether what was performed was performed by the agreed day. Nothing performed is never on time;
     * an agreement without a day to perform by was due at signing and counts as on time when performed.
     *
     * @param performedOn the day the terms were performed, or null to take the day of the visit
     */
    public static boolean onTime(Performance performance, LocalDate performedOn, LocalDate performBy, LocalDate visitDay) {
        if (performance == Performance.NOT_PERFORMED) {
            return false;
        }
        LocalDate performed = performedOn == null ? visitDay : performedOn;
        return performBy == null || !performed.isAfter(performBy);
    }

    /** Whether the agreed day lies behind the visit, so unperformed terms reopen the dispute now. */
    public static boolean performByPassed(LocalDate performBy, LocalDate visitDay) {
        return performBy == null || visitDay.isAfter(performBy);
    }
}
