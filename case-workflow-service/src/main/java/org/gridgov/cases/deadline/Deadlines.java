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
        return new Deadline(stage, after(category, from, untilYellow, unitCode), after(category, from, limit, unitCode));
    }

    /**
     * What a deadline has left at {@code now}, to its yellow light and to its end, counted as the
     * category's limits count: stopped there, the stage can later go on with exactly that much.
     */
    public TimeLeft left(Category category, Instant warnAt, Instant dueAt, Instant now, String unitCode) {
        return new TimeLeft(counted(category, now, warnAt, unitCode), counted(category, now, dueAt, unitCode));
    }

    /** The deadline of {@code stage} going on at {@code from} with the time it had {@code left}. */
    public Deadline resume(Category category, Stage stage, TimeLeft left, Instant from, String unitCode) {
        return new Deadline(stage, after(category, from, left.toWarn(), unitCode),
                after(category, from, left.toDue(), unitCode));
    }

    private Instant after(Category category, Instant from, Duration time, String unitCode) {
        if (category.timeLimits().basis() == TimeLimits.Basis.CALENDAR) {
            return from.plus(time);
        }
        return calendars.of(unitCode).plus(from, time);
    }

    private Duration counted(Category category, Instant from, Instant to, String unitCode) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (category.timeLimits().basis() == TimeLimits.Basis.CALENDAR) {
            return Duration.between(from, to);
        }
        return calendars.of(unitCode).between(from, to);
    }
}
