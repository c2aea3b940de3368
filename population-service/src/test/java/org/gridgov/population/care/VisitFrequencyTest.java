package org.gridgov.population.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class VisitFrequencyTest {

    private static final Instant JOINED = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void riskLevelSetsTheInterval() {
        assertThat(VisitFrequency.defaultIntervalDays(SpecialGroup.EMPTY_NEST_ELDERLY, RiskLevel.HIGH)).isEqualTo(7);
        assertThat(VisitFrequency.defaultIntervalDays(SpecialGroup.EMPTY_NEST_ELDERLY, RiskLevel.MEDIUM)).isEqualTo(14);
        assertThat(VisitFrequency.defaultIntervalDays(SpecialGroup.LEFT_BEHIND_CHILD, RiskLevel.LOW)).isEqualTo(30);
    }

    @Test
    void supervisedGroupsAreVisitedAtLeastFortnightly() {
        assertThat(VisitFrequency.defaultIntervalDays(SpecialGroup.COMMUNITY_CORRECTION, RiskLevel.LOW)).isEqualTo(14);
        assertThat(VisitFrequency.defaultIntervalDays(SpecialGroup.SERIOUS_MENTAL_ILLNESS, RiskLevel.HIGH)).isEqualTo(7);
    }

    @Test
    void nextVisitFallsDueAfterTheLastOneOrAfterJoining() {
        assertThat(VisitFrequency.dueAt(JOINED, null, 7)).isEqualTo(Instant.parse("2026-01-08T00:00:00Z"));
        assertThat(VisitFrequency.dueAt(JOINED, Instant.parse("2026-01-05T10:00:00Z"), 7))
                .isEqualTo(Instant.parse("2026-01-12T10:00:00Z"));
        assertThat(VisitFrequency.dueAt(JOINED, Instant.parse("2025-12-20T00:00:00Z"), 7))
                .isEqualTo(Instant.parse("2026-01-08T00:00:00Z"));
    }
}
