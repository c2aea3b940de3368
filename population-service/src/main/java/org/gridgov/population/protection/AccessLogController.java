package org.gridgov.population.protection;

import static org.gridgov.runtime.security.Role.ADMIN;
import static org.gridgov.runtime.security.Role.INSPECTOR;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.gridgov.population.territory.Jurisdiction;
import org.gridgov.runtime.security.AllowedRoles;
import org.gridgov.runtime.security.Caller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The access log for inspectors: read-only, and no endpoint of any kind changes it. */
@RestController
@Tag(name = "access log")
class AccessLogController {

    private final AccessLog accessLog;

    AccessLogController(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @GetMapping("/api/access-log")
    @AllowedRoles({INSPECTOR, ADMIN})
    @Transactional(readOnly = true)
    @Operation(summary = "Who read whose personal data, when and why, inside the caller's territory")
    List<AccessEntry> search(@RequestParam(required = false) @Pattern(regexp = "\\d{6,21}") String unit,
                             @RequestParam(required = false) UUID subjectId,
                             @RequestParam(required = false) @Pattern(regexp = "[A-Za-z0-9_.@-]{1,64}") String accessor,
                             @RequestParam(required = false) Instant from,
                             @RequestParam(required = false) Instant to,
                             @RequestParam(defaultValue = "0") @Min(0) int page,
                             @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int size) {
        List<Object> params = new ArrayList<>();
        String territory = Jurisdiction.sqlFilter(Caller.current(), unit, "grid_code", params);
        return accessLog.search(territory, params, subjectId, accessor, from, to, size, page * size);
    }
}
