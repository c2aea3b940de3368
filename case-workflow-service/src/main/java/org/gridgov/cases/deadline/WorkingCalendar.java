package org.gridgov.cases.deadline;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The working time of one county: office hours on working days, in the county's time zone. A day is
 * a working day when its weekday is one and it is not a public holiday, or when it is a weekend day
 * made a working day to bridge a holiday (调休, announced each year with the holidays).
 */
public final class WorkingCalendar {

    // Limits are hours to weeks; a walk this long means a calendar without working time.
    private static final int LONGEST_WALK_DAYS = 3 * 366;

    private final ZoneId zone;
    private final Set<DayOfWeek> workingDays;
    private final List<OfficeHours> hours;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workingWeekendDays;

    public WorkingCalendar(ZoneId zone, Set<DayOfWeek> workingDays, List<OfficeHours> hours, Set<LocalDate> holidays,
                           Set<LocalDate> workingWeekendDays) {
        if (workingDays.isEmpty() || hours.isEmpty()) {
            throw new IllegalArgumentException("a working calendar needs working days and office hours");
        }
        List<OfficeHours> sorted = new ArrayList<>(hours);
        sorted.sort(Comparator.comparing(OfficeHours::start));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
                throw new IllegalArgumentException("office hours overlap: " + sorted.get(i - 1) + " and " + sorted.get(i));
            }
        }
        this.zone = zone;
        this.workingDays = Set.copyOf(workingDays);
        this.hours = List.copyOf(sorted);
        this.holidays = Set.copyOf(holidays);
        this.workingWeekendDays = Set.copyOf(workingWeekendDays);
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingDay(LocalDate date) {
        if (workingWeekendDays.contains(date)) {
            return true;
        }
        return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /**
     * The instant at which {@code workingTime} of working time has passed since {@code from}. Time
     * outside office hours does not count; a limit that runs out exactly at the end of a session
     * is due then, not at the start of the next one.
     */
    public Instant plus(Instant from, Duration workingTime) {
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("working time cannot be negative: " + workingTime);
        }
        Duration remaining = workingTime;
        LocalDate day = from.atZone(zone).toLocalDate();
        for (int walked = 0; walked < LONGEST_WALK_DAYS; walked++, day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (OfficeHours session : hours) {
                Instant start = at(day, session.start());
                Instant end = at(day, session.end());
                if (!end.isAfter(from)) {
                    continue;
                }
                Instant counting = start.isBefore(from) ? from : start;
                Duration available = Duration.between(counting, end);
                if (remaining.compareTo(available) <= 0) {
                    return counting.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
        throw new IllegalStateException("no working time within " + LONGEST_WALK_DAYS + " days of " + from);
    }

    /**
     * The working time between {@code from} and {@code to}: what {@link #plus} would have to add to
     * {@code from} to reach {@code to} (zero when {@code to} is not after {@code from}).
     */
    public Duration between(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            if (!isWorkingDay(day)) {
                continue;
            }
            for (OfficeHours session : hours) {
                Instant start = later(at(day, session.start()), from);
                Instant end = earlier(at(day, session.end()), to);
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    private Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(zone).toInstant();
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    private static Instant earlier(Instant one, Instant other) {
        return one.isBefore(other) ? one : other;
    }

    /** One session of office hours in a day, e.g. 08:30 to 12:00. */
    public record OfficeHours(LocalTime start, LocalTime end) {

        public OfficeHours {
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("office hours end after they start: " + start + "-" + end);
            }
        }

        /** Reads {@code HH:mm-HH:mm}. */
        public static OfficeHours parse(String text) {
            String[] parts = text.strip().split("-");
            if (parts.length != 2) {
                throw new IllegalArgumentException("office hours are written HH:mm-HH:mm, not '" + text + "'");
            }
            return new OfficeHours(LocalTime.parse(parts[0].strip()), LocalTime.parse(parts[1].strip()));
        }

        @Override
        public String toString() {
            return start + "-" + end;
        }
    }
}
