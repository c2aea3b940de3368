package org.gridgov.cases.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.gridgov.cases.catalogue.Category;
import org.gridgov.cases.catalogue.CategoryGroup;
import org.gridgov.cases.catalogue.TimeLimits;
import org.gridgov.cases.routing.Level;
import org.junit.jupiter.api.Test;

/** Deadline arithmetic on the working calendar, every instant fixed (Beijing time, the 2026 holidays). */
class DeadlinesTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String NANHE = "130527";
    private static final String NANHE_GRID = "130527100201001";
    private static final String LILING_GRID = "430281001004001";

    private static final WorkingCalendars CALENDARS = WorkingCalendars.of(Map.of(
            "default", new WorkingCalendars.CalendarSettings("Asia/Shanghai",
                    List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                    List.of("08:30-12:00", "13:30-18:00"),
                    List.of("2026-10-01/2026-10-07", "2026-01-01"),
                    List.of("2026-09-20", "2026-10-10")),
            NANHE, new WorkingCalendars.CalendarSettings(null, null, List.of("08:30-12:00", "14:30-18:00"), null, null)));

    /** 8 working hours in the grid, as litter on the street has. */
    private static final Category LITTER = category("STREET_LITTER", TimeLimits.Basis.WORKING, 8);
    /** 2 hours day and night: open burning does not wait for Monday. */
    private static final Category BURNING = category("OPEN_BURNING", TimeLimits.Basis.CALENDAR, 2);

    private final Deadlines deadlines = new Deadlines(CALENDARS, 0.75);

    @Test
    void workingHoursStopForTheWeekend() {
        Instant fridayAfternoon = beijing("2026-03-06T15:00");

        Deadline deadline = deadlines.of(LITTER, Stage.GRID_HANDLING, fridayAfternoon, LILING_GRID);

        // Friday 15:00-18:00 is 3 h, Monday 08:30-12:00 another 3.5 h, then 1.5 h after lunch.
        assertThat(deadline.dueAt()).isEqualTo(beijing("2026-03-09T15:00"));
        assertThat(deadline.stage()).isEqualTo(Stage.GRID_HANDLING);
    }

    @Test
    void lightTurnsYellowWhenThreeQuartersOfTheWorkingTimeHavePassed() {
        Instant fridayAfternoon = beijing("2026-03-06T15:00");

        Deadline deadline = deadlines.of(LITTER, Stage.GRID_HANDLING, fridayAfternoon, LILING_GRID);

        // 6 of the 8 working hours: Friday's 3, then Monday 08:30 to 11:30.
        assertThat(deadline.warnAt()).isEqualTo(beijing("2026-03-09T11:30"));
        assertThat(Light.at(beijing("2026-03-09T11:29:59"), deadline.warnAt(), deadline.dueAt())).isEqualTo(Light.GREEN);
        assertThat(Light.at(beijing("2026-03-09T11:30"), deadline.warnAt(), deadline.dueAt())).isEqualTo(Light.YELLOW);
        assertThat(Light.at(beijing("2026-03-09T14:59:59"), deadline.warnAt(), deadline.dueAt())).isEqualTo(Light.YELLOW);
        assertThat(Light.at(beijing("2026-03-09T15:00"), deadline.warnAt(), deadline.dueAt())).isEqualTo(Light.RED);
    }

    @Test
    void yellowThresholdIsConfigurable() {
        Deadlines atHalf = new Deadlines(CALENDARS, 0.5);

        Deadline deadline = atHalf.of(LITTER, Stage.GRID_HANDLING, beijing("2026-03-09T08:30"), LILING_GRID);

        assertThat(deadline.warnAt()).isEqualTo(beijing("2026-03-09T14:00"));
        assertThat(deadline.dueAt()).isEqualTo(beijing("2026-03-09T18:00"));
    }

    @Test
    void publicHolidaysDoNotCount() {
        Instant dayBeforeNationalDay = beijing("2026-09-30T16:00");

        Deadline deadline = deadlines.of(LITTER, Stage.GRID_HANDLING, dayBeforeNationalDay, LILING_GRID);

        // 2 h on the 30th, nothing from 1 to 7 October, then 3.5 h and 2.5 h on Thursday the 8th.
        assertThat(deadline.dueAt()).isEqualTo(beijing("2026-10-08T16:00"));
    }

    @Test
    void aWeekendDayWorkedInExchangeForAHolidayCounts() {
        Instant fridayLate = beijing("2026-10-09T17:00");

        Deadline deadline = deadlines.of(category("STREET_LITTER", TimeLimits.Basis.WORKING, 4), Stage.GRID_HANDLING,
                fridayLate, LILING_GRID);

        // Saturday 10 October is a working day (调休).
        assertThat(deadline.dueAt()).isEqualTo(beijing("2026-10-10T11:30"));
    }

    @Test
    void timeOutsideOfficeHoursStartsCountingAtTheNextSession() {
        Instant saturdayNight = beijing("2026-03-07T22:00");

        Deadline deadline = deadlines.of(category("STREET_LITTER", TimeLimits.Basis.WORKING, 1), Stage.FILING,
                saturdayNight, LILING_GRID);

        assertThat(deadline.dueAt()).isEqualTo(beijing("2026-03-09T09:30"));
    }

    @Test
    void limitRunningOutAtTheEndOfASessionIsDueThenNotAfterLunch() {
        WorkingCalendar calendar = CALENDARS.of(LILING_GRID);

        Instant due = calendar.plus(beijing("2026-03-09T08:30"), Duration.ofMinutes(210));

        assertThat(due).isEqualTo(beijing("2026-03-09T12:00"));
    }

    @Test
    void countyWithItsOwnOfficeHoursCountsOnThem() {
        Instant mondayEleven = beijing("2026-03-09T11:00");
        Category twoHours = category("STREET_LITTER", TimeLimits.Basis.WORKING, 2);

        Deadline nanhe = deadlines.of(twoHours, Stage.GRID_HANDLING, mondayEleven, NANHE_GRID);
        Deadline liling = deadlines.of(twoHours, Stage.GRID_HANDLING, mondayEleven, LILING_GRID);

        // Nanhe's afternoon starts at 14:30; the rest of its calendar (holidays) is the default's.
        assertThat(nanhe.dueAt()).isEqualTo(beijing("2026-03-09T15:30"));
        assertThat(liling.dueAt()).isEqualTo(beijing("2026-03-09T14:30"));
        assertThat(CALENDARS.of(NANHE_GRID).isWorkingDay(LocalDate.parse("2026-10-02"))).isFalse();
    }

    @Test
    void urgentCategoriesCountCalendarHoursDayAndNight() {
        Instant saturdayNight = beijing("2026-03-07T23:00");

        Deadline deadline = deadlines.of(BURNING, Stage.GRID_HANDLING, saturdayNight, NANHE_GRID);

        assertThat(deadline.warnAt()).isEqualTo(beijing("2026-03-08T00:30"));
        assertThat(deadline.dueAt()).isEqualTo(beijing("2026-03-08T01:00"));
    }

    @Test
    void pausedStageKeepsTheWorkingTimeItHadLeft() {
        Deadline deadline = deadlines.of(LITTER, Stage.GRID_HANDLING, beijing("2026-03-06T15:00"), LILING_GRID);

        // Paused on Friday at 17:00: 2 h of Friday counted, 6 left (yellow after 4 of them).
        TimeLeft left = deadlines.left(LITTER, deadline.warnAt(), deadline.dueAt(), beijing("2026-03-06T17:00"), LILING_GRID);

        assertThat(left.toDue()).isEqualTo(Duration.ofHours(6));
        assertThat(left.toWarn()).isEqualTo(Duration.ofHours(4));
        assertThat(left.ranOut()).isFalse();
    }

    @Test
    void pausedStageGoesOnWithWhatItHadLeftWhenResumed() {
        Deadline deadline = deadlines.of(LITTER, Stage.GRID_HANDLING, beijing("2026-03-06T15:00"), LILING_GRID);
        TimeLeft left = deadlines.left(LITTER, deadline.warnAt(), deadline.dueAt(), beijing("2026-03-06T17:00"), LILING_GRID);

        // Resumed a week later on Friday at 17:00: the stage ends as it would have, a week on.
        Deadline resumed = deadlines.resume(LITTER, Stage.GRID_HANDLING, left, beijing("2026-03-13T17:00"), LILING_GRID);

        assertThat(resumed.dueAt()).isEqualTo(deadline.dueAt().plus(Duration.ofDays(7)));
        assertThat(resumed.warnAt()).isEqualTo(deadline.warnAt().plus(Duration.ofDays(7)));
        assertThat(resumed.stage()).isEqualTo(Stage.GRID_HANDLING);
    }

    @Test
    void stagePausedAfterItsDeadlineHasNothingLeft() {
        Deadline deadline = deadlines.of(LITTER, Stage.GRID_HANDLING, beijing("2026-03-06T15:00"), LILING_GRID);

        TimeLeft left = deadlines.left(LITTER, deadline.warnAt(), deadline.dueAt(), beijing("2026-03-10T09:00"), LILING_GRID);

        assertThat(left.toDue()).isZero();
        assertThat(left.toWarn()).isZero();
        assertThat(left.ranOut()).isTrue();
    }

    @Test
    void urgentStagePausedKeepsCalendarTimeLeft() {
        Deadline deadline = deadlines.of(BURNING, Stage.GRID_HANDLING, beijing("2026-03-07T23:00"), NANHE_GRID);

        TimeLeft left = deadlines.left(BURNING, deadline.warnAt(), deadline.dueAt(), beijing("2026-03-07T23:45"), NANHE_GRID);

        assertThat(left.toDue()).isEqualTo(Duration.ofMinutes(75));
        assertThat(left.toWarn()).isEqualTo(Duration.ofMinutes(45));
    }

    @Test
    void workingTimeBetweenTwoMomentsSkipsNightsWeekendsAndLunch() {
        WorkingCalendar nanhe = CALENDARS.of(NANHE_GRID);
        Instant fridayEleven = beijing("2026-03-06T11:00");
        Instant mondayFifteen = beijing("2026-03-09T15:00");

        Duration between = nanhe.between(fridayEleven, mondayFifteen);

        // Friday 1 h + 3.5 h, Monday 3.5 h + 0.5 h (Nanhe's afternoons start at 14:30).
        assertThat(between).isEqualTo(Duration.ofMinutes(510));
        assertThat(nanhe.plus(fridayEleven, between)).isEqualTo(mondayFifteen);
        assertThat(nanhe.between(mondayFifteen, fridayEleven)).isZero();
    }

    @Test
    void brokenCalendarsAreRefusedWithEveryProblem() {
        var broken = new WorkingCalendars.CalendarSettings(null, null, List.of("18:00-08:30"), List.of("2026-10-07/2026-10-01"),
                null);

        assertThatThrownBy(() -> WorkingCalendars.of(Map.of(NANHE, broken, "Nanhe", broken)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("calendar '130527'")
                .hasMessageContaining("calendar 'Nanhe'");
    }

    private static Instant beijing(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
    }

    private static Category category(String code, TimeLimits.Basis basis, int gridHours) {
        return new Category(code, Map.of("en", code), CategoryGroup.CITY_APPEARANCE, Level.GRID, "URBAN_MGMT",
                new TimeLimits(basis, 1, gridHours, 24, 24, 8), List.of());
    }
}
