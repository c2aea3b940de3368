package org.gridgov.cases.deadline;

import java.time.Duration;
import java.time.Instant;

import org.gridgov.cases.catalogue.Category;
import org.gridgov.cases.catalogue.TimeLimits;

/**
 * When the time limit of a stage runs out and when its light turns yellow, from the category's
 * limits: working hours are counted on the working calendar of the county the case lies in (its
 * office hours, weekends, holidays); calendar hours, for urgent categories, run day and night.
 */
public final class Deadlines {

    private final WorkingCalendars calendars;
    private final double yellowAt;

    /** @param yellowAt the share of the limit after which the light turns yellow, e.g. 0.75 */
    public Deadlines(WorkingCalendars calendars, double yellowAt) {
        if (!(yellowAt > 0 && yellowAt <= 1)) {
            throw new IllegalArgumentException("the yellow threshold is a share of the limit in (0, 1], not " + yellowAt);
        }
        this.calendars = calendars;
        this.yellowAt = yellowAt;
    }

    /** The deadline of {@code stage} for a case of {@code category} entering it at {@code from}, in unit {@code unitCode}. */
    public Deadline of(Category category, Stage stage, Instant from, String unitCode) {
        Duration limit = category.timeLimits().of(stage);
        Duration untilYellow = Duration.ofNanos(Math.round(limit.toNanos() * yellowAt));
        if (category.timeLimits().basis() == TimeLimits.Basis.CALENDAR) {
            return new Deadline(stage, from.plus(untilYellow), from.plus(limit));
        }
        WorkingCalendar calendar = calendars.of(unitCode);
        return new Deadline(stage, calendar.plus(from, untilYellow), calendar.plus(from, limit));
    }
}
