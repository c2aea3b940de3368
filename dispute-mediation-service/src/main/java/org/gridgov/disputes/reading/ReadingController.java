package org.gridgov.disputes.reading;

import static org.gridgov.runtime.security.Role.ADMIN;
import static org.gridgov.runtime.security.Role.COMMAND_CENTRE;
import static org.gridgov.runtime.security.Role.GRID_LEADER;
import static org.gridgov.runtime.security.Role.GRID_WORKER;
import static org.gridgov.runtime.security.Role.INSPECTOR;
import static org.gridgov.runtime.security.Role.MEDIATOR;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.gridgov.disputes.levels.DisputeType;
import org.gridgov.disputes.levels.Level;
import org.gridgov.disputes.lifecycle.DisputeAccess;
import org.gridgov.disputes.lifecycle.DisputeRepository;
import org.gridgov.disputes.lifecycle.DisputeState;
import org.gridgov.runtime.security.AllowedRoles;
import org.gridgov.runtime.security.Caller;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "disputes")
class ReadingController {

    private final DisputeAccess access;
    private final DisputeRepository disputes;
    private final DisputeViews views;
    private final Clock clock;

    ReadingController(DisputeAccess access, DisputeRepository disputes, DisputeViews views, Clock clock) {
        this.access = access;
        this.disputes = disputes;
        this.views = views;
        this.clock = clock;
    }

    @GetMapping("/api/disputes/{disputeId}")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, MEDIATOR, INSPECTOR, ADMIN})
    @Operation(summary = "A dispute, with its parties (outsiders masked) and its deadline light")
    DisputeView dispute(@PathVariable UUID disputeId) {
        return views.of(access.toRead(disputeId));
    }

    @GetMapping("/api/disputes")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, MEDIATOR, INSPECTOR, ADMIN})
    @Operation(summary = "The disputes the caller may see, newest first, with filters")
    List<DisputeView> disputes(@RequestParam(required = false) @Pattern(regexp = "^[0-9]{6,21}$") String unit,
                               @RequestParam(required = false) DisputeState state,
                               @RequestParam(required = false) Level level,
                               @RequestParam(required = false) DisputeType type,
                               @RequestParam(required = false) Boolean overdue,
                               @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
                               @RequestParam(defaultValue = "0") @Min(0) int offset) {
        DisputeFilter filter = DisputeFilter.of(Caller.current(), unit, state, level, type, overdue, clock.instant());
        List<Object> args = new ArrayList<>(filter.args());
        args.add(limit);
        args.add(offset);
        return disputes.query(filter.where() + " order by opened_at desc, id limit ? offset ?", args).stream()
                .map(views::of).toList();
    }
}
