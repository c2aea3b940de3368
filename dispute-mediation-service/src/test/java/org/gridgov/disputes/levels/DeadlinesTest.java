package org.gridgov.disputes.levels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private static final Instant OPENED = Instant.parse("2026-11-01T00:00:00Z");

    private final Deadlines deadlines = ConfiguredLevels.deadlines();

    @Test
    void villageHasFifteenDaysAndTownThirty() {
        assertThat(deadlines.dueAt(Level.VILLAGE, OPENED)).isEqualTo(Instant.parse("2026-11-16T00:00:00Z"));
        assertThat(deadlines.dueAt(Level.TOWN, OPENED)).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
    }

    @Test
    void lightIsGreenThenYellowAfterFourFifthsOfTheLimitThenRedWhenItRunsOut() {
        Instant due = deadlines.dueAt(Level.VILLAGE, OPENED);

        assertThat(deadlines.light(OPENED, due, OPENED.plus(Duration.ofDays(11)))).isEqualTo(Light.GREEN);
        assertThat(deadlines.light(OPENED, due, OPENED.plus(Duration.ofDays(12)))).isEqualTo(Light.YELLOW);
        assertThat(deadlines.light(OPENED, due, due.minusSeconds(1))).isEqualTo(Light.YELLOW);
        assertThat(deadlines.light(OPENED, due, due)).isEqualTo(Light.RED);
    }

    @Test
    void escalationRestartsTheClockAtTheNewLevel() {
        Instant escalated = OPENED.plus(Duration.ofDays(14));
        Instant due = deadlines.dueAt(Level.TOWN, escalated);

        assertThat(deadlines.light(escalated, due, escalated.plus(Duration.ofDays(1)))).isEqualTo(Light.GREEN);
    }

    @Test
    void everyLevelNeedsALimit() {
        assertThatThrownBy(() -> new Deadlines(Map.of(Level.VILLAGE, Duration.ofDays(15)), 0.8))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("GRID");
    }
}
