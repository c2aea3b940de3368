package org.gridgov.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private static final Instant PENDING_SINCE = Instant.parse("2026-11-20T01:00:00Z");
    private static final Instant NOW = PENDING_SINCE.plusSeconds(60);

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(10), 2.0, 0.5, Duration.ofMinutes(5),
            6, Duration.ofHours(24));

    @Test
    void waitsGrowExponentiallyWithJitterAndStopAtTheMaximum() {
        for (int run = 0; run < 50; run++) {
            assertThat(waitAfter(1)).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(15));
            assertThat(waitAfter(3)).isBetween(Duration.ofSeconds(20), Duration.ofSeconds(60));
            assertThat(waitAfter(5)).isLessThanOrEqualTo(Duration.ofMinutes(5));
        }
    }

    @Test
    void deliveryIsGivenUpAfterItsLastAttempt() {
        assertThat(schedule.nextAttempt(5, PENDING_SINCE, NOW)).isPresent();
        assertThat(schedule.nextAttempt(6, PENDING_SINCE, NOW)).isEmpty();
    }

    @Test
    void deliveryPendingForTooLongIsGivenUpWhateverItsAttempts() {
        assertThat(schedule.nextAttempt(1, PENDING_SINCE, PENDING_SINCE.plus(Duration.ofHours(24)))).isEmpty();
    }

    private Duration waitAfter(int attempts) {
        return Duration.between(NOW, schedule.nextAttempt(attempts, PENDING_SINCE, NOW).orElseThrow());
    }
}
