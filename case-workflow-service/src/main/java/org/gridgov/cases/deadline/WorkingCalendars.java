package org.gridgov.cases.deadline;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The working calendar of every county: a county (or any unit, by the prefix of its code) may set
 * its own office hours, working days, holidays and make-up working days; what it leaves out comes
 * from the default calendar, so the national holidays are written once.
 */
public final class WorkingCalendars {

    static final String DEFAULT = "default";

    private final WorkingCalendar fallback;
    // Longest prefix first: a town's own calendar wins over its county's.
    private final List<Map.Entry<String, WorkingCalendar>> byPrefix;

    private WorkingCalendars(WorkingCalendar fallback, Map<String, WorkingCalendar> byPrefix) {
        this.fallback = fallback;
        List<Map.Entry<String, WorkingCalendar>> entries = new ArrayList<>(byPrefix.entrySet());
        entries.sort(Comparator.comparing((Map.Entry<String, WorkingCalendar> entry) -> entry.getKey().length()).reversed());
        this.byPrefix = List.copyOf(entries);
    }

    /** The calendar of the unit: that of the longest configured code prefix, else the default. */
    public WorkingCalendar of(String unitCode) {
        if (unitCode != null) {
            for (Map.Entry<String, WorkingCalendar> entry : byPrefix) {
                if (unitCode.startsWith(entry.getKey())) {
                    return entry.getValue();
                }
            }
        }
        return fallback;
    }

    /**
     * Builds the calendars from their settings, refusing the whole set with every problem listed.
     *
     * @param calendars by unit code prefix, and {@code default}
     */
    public static WorkingCalendars of(Map<String, CalendarSettings> calendars) {
        List<String> problems = new ArrayList<>();
        CalendarSettings defaults = calendars.getOrDefault(DEFAULT, CalendarSettings.EMPTY).over(CalendarSettings.BUILT_IN);
        WorkingCalendar fallback = build(DEFAULT, defaults, problems);
        Map<String, WorkingCalendar> byPrefix = new LinkedHashMap<>();
        calendars.forEach((prefix, settings) -> {
            if (prefix.equals(DEFAULT)) {
                return;
            }
            if (!prefix.matches("[0-9]{6,21}")) {
                problems.add("calendar '" + prefix + "': a calendar is keyed by a unit code (6 to 21 digits) or 'default'");
                return;
            }
            byPrefix.put(prefix, build(prefix, settings.over(defaults), problems));
        });
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid working calendars: " + String.join("; ", problems));
        }
        return new WorkingCalendars(fallback, byPrefix);
    }

    private static WorkingCalendar build(String name, CalendarSettings settings, List<String> problems) {
        try {
            return new WorkingCalendar(ZoneId.of(settings.zone()), Set.copyOf(settings.workingDays()),
                    settings.officeHours().stream().map(WorkingCalendar.OfficeHours::parse).toList(),
                    dates(settings.holidays()), dates(settings.workingWeekendDays()));
        } catch (DateTimeException | IllegalArgumentException e) {
            problems.add("calendar '" + name + "': " + e.getMessage());
            return null;
        }
    }

    /** Dates written one by one ({@code 2026-10-01}) or as inclusive ranges ({@code 2026-10-01/2026-10-07}). */
    static Set<LocalDate> dates(List<String> written) {
        Set<LocalDate> dates = new HashSet<>();
        for (String text : written) {
            String[] range = text.strip().split("/");
            LocalDate first = LocalDate.parse(range[0].strip());
            LocalDate last = range.length > 1 ? LocalDate.parse(range[1].strip()) : first;
            if (range.length > 2 || last.isBefore(first)) {
                throw new IllegalArgumentException("'" + text + "' is not a date or a range first/last");
            }
            first.datesUntil(last.plusDays(1)).forEach(dates::add);
        }
        return dates;
    }

    /**
     * The settings of one calendar; a null value is taken from the default calendar.
     *
     * @param officeHours        sessions of a working day, {@code HH:mm-HH:mm}
     * @param holidays           public holidays, dates or ranges
     * @param workingWeekendDays weekend days worked to bridge a holiday (调休)
     */
    public record CalendarSettings(String zone, List<DayOfWeek> workingDays, List<String> officeHours,
                                   List<String> holidays, List<String> workingWeekendDays) {

        static final CalendarSettings EMPTY = new CalendarSettings(null, null, null, null, null);

        // Chinese government offices: Monday to Friday, a long lunch break, Beijing time.
        static final CalendarSettings BUILT_IN = new CalendarSettings("Asia/Shanghai",
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                List.of("08:30-12:00", "13:30-18:00"), List.of(), List.of());

        /** These settings, with what they leave out taken from {@code base}. */
        CalendarSettings over(CalendarSettings base) {
            return new CalendarSettings(zone != null ? zone : base.zone,
                    workingDays != null ? workingDays : base.workingDays,
                    officeHours != null ? officeHours : base.officeHours,
                    holidays != null ? holidays : base.holidays,
                    workingWeekendDays != null ? workingWeekendDays : base.workingWeekendDays);
        }
    }
}
