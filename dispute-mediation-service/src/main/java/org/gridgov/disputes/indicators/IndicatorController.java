package org.gridgov.disputes.indicators;

import static org.gridgov.runtime.security.Role.COMMAND_CENTRE;
import static org.gridgov.runtime.security.Role.GRID_LEADER;
import static org.gridgov.runtime.security.Role.INSPECTOR;
import static org.gridgov.runtime.security.Role.MEDIATOR;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.gridgov.disputes.lifecycle.InvalidRequestException;
import org.gridgov.runtime.security.AllowedRoles;
import org.gridgov.runtime.security.Caller;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "disputes")
class IndicatorController {

    private final IndicatorQuery query;
    private final IndicatorProperties properties;

    IndicatorController(IndicatorQuery query, IndicatorProperties properties) {
        this.query = query;
        this.properties = properties;
    }

    @GetMapping("/api/disputes/indicators")
    @AllowedRoles({GRID_LEADER, COMMAND_CENTRE, MEDIATOR, INSPECTOR})
    @Operation(summary = "Opened, settled, settlement rate, shares per level against the 70/20/10 shape, "
            + "days to settle, agreements performed on time, reopened share; for the days from (inclusive) to (exclusive)")
    Indicators indicators(@RequestParam @NotNull @Pattern(regexp = "^[0-9]{6,21}$") String unit,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (!to.isAfter(from)) {
            throw InvalidRequestException.of("to", "must lie after from");
        }
        if (!Caller.current().maySee(unit)) {
            throw new AccessDeniedException("the unit lies outside the caller's territory");
        }
        return query.compute(unit, from, to, properties);
    }
}
