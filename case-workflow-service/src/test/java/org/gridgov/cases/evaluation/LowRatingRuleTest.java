package org.gridgov.cases.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LowRatingRuleTest {

    private static final Instant CLOSED = Instant.parse("2026-11-23T01:00:00Z");

    private final LowRatingRule rule = new LowRatingRule(2, Duration.ofDays(7));

    @Test
    void oneOrTwoStarsWithinAWeekOfTheCloseReopen() {
        assertThat(rule.reopens(1, CLOSED, CLOSED.plus(Duration.ofHours(2)))).isTrue();
        assertThat(rule.reopens(2, CLOSED, CLOSED.plus(Duration.ofDays(7)).minusSeconds(1))).isTrue();
    }

    @Test
    void threeStarsOrMoreAreOnlyRecorded() {
        assertThat(rule.reopens(3, CLOSED, CLOSED.plus(Duration.ofHours(2)))).isFalse();
        assertThat(rule.reopens(5, CLOSED, CLOSED)).isFalse();
    }

    @Test
    void aLowRatingAWeekAfterTheCloseIsOnlyRecorded() {
        assertThat(rule.reopens(1, CLOSED, CLOSED.plus(Duration.ofDays(7)))).isFalse();
        assertThat(rule.reopens(1, CLOSED, CLOSED.plus(Duration.ofDays(30)))).isFalse();
    }

    @Test
    void aThresholdOfZeroNeverReopens() {
        assertThat(new LowRatingRule(0, Duration.ofDays(7)).reopens(1, CLOSED, CLOSED)).isFalse();
    }
}
