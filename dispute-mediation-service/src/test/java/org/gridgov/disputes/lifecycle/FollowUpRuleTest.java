package org.gridgov.disputes.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FollowUpRuleTest {

    private static final LocalDate PERFORM_BY = LocalDate.parse("2026-12-01");

    @Test
    void performedByTheAgreedDayIsOnTime() {
        assertThat(FollowUpRule.onTime(Performance.PERFORMED, PERFORM_BY, PERFORM_BY, PERFORM_BY.plusDays(5))).isTrue();
    }

    @Test
    void performedAfterTheAgreedDayIsLate() {
        assertThat(FollowUpRule.onTime(Performance.PERFORMED, PERFORM_BY.plusDays(1), PERFORM_BY, PERFORM_BY.plusDays(5))).isFalse();
    }

    @Test
    void withoutAPerformedDayTheVisitDayCounts() {
        assertThat(FollowUpRule.onTime(Performance.PERFORMED, null, PERFORM_BY, PERFORM_BY.minusDays(1))).isTrue();
        assertThat(FollowUpRule.onTime(Performance.PERFORMED, null, PERFORM_BY, PERFORM_BY.plusDays(1))).isFalse();
    }

    @Test
    void nothingPerformedIsNeverOnTime() {
        assertThat(FollowUpRule.onTime(Performance.NOT_PERFORMED, null, PERFORM_BY, PERFORM_BY.minusDays(3))).isFalse();
    }

    @Test
    void agreementPerformedAtSigningIsOnTimeAndItsDayHasPassed() {
        assertThat(FollowUpRule.onTime(Performance.PERFORMED, null, null, PERFORM_BY)).isTrue();
        assertThat(FollowUpRule.performByPassed(null, PERFORM_BY)).isTrue();
    }

    @Test
    void agreedDayPassesTheDayAfter() {
        assertThat(FollowUpRule.performByPassed(PERFORM_BY, PERFORM_BY)).isFalse();
        assertThat(FollowUpRule.performByPassed(PERFORM_BY, PERFORM_BY.plusDays(1))).isTrue();
    }
}
