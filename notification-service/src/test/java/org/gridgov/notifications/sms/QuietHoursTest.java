package org.gridgov.notifications.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private final QuietHours night = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0), BEIJING);

    @Test
    void messageLateInTheEveningWaitsUntilSevenNextMorning() {
        Instant elevenPm = Instant.parse("2026-11-20T15:00:00Z"); // 23:00 in Beijing

        assertThat(night.holdUntil(elevenPm)).contains(Instant.parse("2026-11-20T23:00:00Z"));
    }

    @Test
    void messageAfterMidnightWaitsUntilSevenTheSameMorning() {
        Instant threeAm = Instant.parse("2026-11-20T19:00:00Z"); // 03:00 on the 21st in Beijing

        assertThat(night.holdUntil(threeAm)).contains(Instant.parse("2026-11-20T23:00:00Z"));
    }

    @Test
    void messageInTheDaytimeGoesAtOnceAndSevenSharpIsDaytime() {
        assertThat(night.holdUntil(Instant.parse("2026-11-20T06:00:00Z"))).isEmpty(); // 14:00
        assertThat(night.holdUntil(Instant.parse("2026-11-20T23:00:00Z"))).isEmpty(); // 07:00
    }

    @Test
    void windowWithinOneDayAndEmptyWindowWork() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(14, 0), BEIJING);
        QuietHours never = new QuietHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, BEIJING);

        assertThat(lunch.holdUntil(Instant.parse("2026-11-20T05:00:00Z"))).contains(Instant.parse("2026-11-20T06:00:00Z"));
        assertThat(lunch.holdUntil(Instant.parse("2026-11-20T03:00:00Z"))).isEmpty();
        assertThat(never.holdUntil(Instant.parse("2026-11-20T16:00:00Z"))).isEmpty();
    }
}
