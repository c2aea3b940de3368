package org.gridgov.cases.indicators;

import static org.gridgov.runtime.security.Role.ADMIN;
import static org.gridgov.runtime.security.Role.COMMAND_CENTRE;
import static org.gridgov.runtime.security.Role.GRID_LEADER;
import static org.gridgov.runtime.security.Role.INSPECTOR;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.gridgov.cases.deadline.WorkingCalendars;
import org.gridgov.cases.lifecycle.Codes;
import org.gridgov.runtime.security.AllowedRoles;
import org.gridgov.runtime.security.Caller;
import org.gridgov.runtime.web.FieldError;
import org.gridgov.runtime.web.ProblemDetailsAdvice;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Indicators")
class IndicatorController {

    // A year of figures is what an assessment asks for; longer periods are a report, not a query.
    private static final int LONGEST_PERIOD_DAYS = 400;

    private final IndicatorQueries queries;
    private final IndicatorStore store;
    private final IndicatorProgress progress;
    private final WorkingCalendars calendars;

    IndicatorController(IndicatorQueries queries, IndicatorStore store, IndicatorProgress progress,
                        WorkingCalendars calendars) {
        this.queries = queries;
        this.store = store;
        this.progress = progress;
        this.calendars = calendars;
    }

    @GetMapping("/api/indicators")
    @AllowedRoles({GRID_LEADER, COMMAND_CENTRE, INSPECTOR})
    @Operation(summary = "Assessment figures of a unit subtree for the cases reported from `from` to `to` (days "
            + "included, in the unit's time zone): filing, closure, on-time, rework and satisfaction rates, time to "
            + "close, and where cases were settled; by grid, worker, department or level")
    ResponseEntity<?> indicators(
            @RequestParam @Pattern(regexp = Codes.UNIT, message = Codes.UNIT_MESSAGE) String unit,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) GroupBy groupBy) {
        if (to.isBefore(from) || to.isAfter(from.plusDays(LONGEST_PERIOD_DAYS))) {
            return ResponseEntity.badRequest().body(ProblemDetailsAdvice.invalid(List.of(new FieldError("to",
                    "must be on or after from, and at most " + LONGEST_PERIOD_DAYS + " days after it"))));
        }
        if (!Caller.current().maySee(unit)) {
            throw new AccessDeniedException("the unit lies outside the caller's territory");
        }
        return ResponseEntity.ok(queries.report(unit, from, to, calendars.of(unit).zone(), groupBy));
    }

    @PostMapping("/api/admin/indicators/rebuild")
    @AllowedRoles(ADMIN)
    @Operation(summary = "Empty the indicators projection and rebuild it by reading case.events from its start; "
            + "follow the progress at GET /api/admin/indicators/projection")
    ResponseEntity<IndicatorProgress.Progress> rebuild() {
        store.reset();
        return ResponseEntity.accepted().body(progress.now());
    }

    @GetMapping("/api/admin/indicators/projection")
    @AllowedRoles(ADMIN)
    @Operation(summary = "How far the indicators projection has read case.events, per partition")
    IndicatorProgress.Progress projection() {
        return progress.now();
    }
}
