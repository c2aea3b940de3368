package org.gridgov.cases.deadline;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Deadlines, their lights and the scheduler that acts on them.
 *
 * @param yellowAt         share of a stage's limit after which its light turns yellow
 * @param schedulerEnabled whether this instance looks for due deadlines; every replica may, each
 *                         deadline fires once
 * @param scanInterval     how often the scheduler looks for due deadlines
 * @param batchSize        deadlines fired per round at most, before the scheduler looks again
 * @param retryAfter       how long a deadline whose firing failed waits before the next try
 * @param calendars        working calendars by unit code prefix (a county's code) and {@code default}
 */
@ConfigurationProperties("gridgov.deadlines")
record DeadlineProperties(@DefaultValue("0.75") double yellowAt,
                          @DefaultValue("true") boolean schedulerEnabled,
                          @DefaultValue("5s") Duration scanInterval,
                          @DefaultValue("200") int batchSize,
                          @DefaultValue("1m") Duration retryAfter,
                          Map<String, WorkingCalendars.CalendarSettings> calendars) {

    DeadlineProperties {
        calendars = calendars == null ? Map.of() : Map.copyOf(calendars);
    }
}
