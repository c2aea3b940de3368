package org.gridgov.cases.reading;

import static org.gridgov.runtime.security.Role.ADMIN;
import static org.gridgov.runtime.security.Role.COMMAND_CENTRE;
import static org.gridgov.runtime.security.Role.DEPARTMENT_HANDLER;
import static org.gridgov.runtime.security.Role.GRID_LEADER;
import static org.gridgov.runtime.security.Role.GRID_WORKER;
import static org.gridgov.runtime.security.Role.INSPECTOR;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.gridgov.cases.contacts.ReporterContacts;
import org.gridgov.cases.deadline.Light;
import org.gridgov.cases.lifecycle.CaseAccess;
import org.gridgov.cases.lifecycle.CaseFile;
import org.gridgov.cases.lifecycle.CaseState;
import org.gridgov.cases.lifecycle.CaseStore;
import org.gridgov.cases.lifecycle.Codes;
import org.gridgov.cases.lifecycle.Transition;
import org.gridgov.cases.routing.Level;
import org.gridgov.runtime.security.AllowedRoles;
import org.gridgov.runtime.security.Anonymous;
import org.gridgov.runtime.security.Caller;
import org.gridgov.runtime.security.Role;
import org.gridgov.runtime.web.NotFoundException;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@Tag(name = "Reading")
class CaseQueryController {

    private final CaseStore cases;
    private final CaseQueries queries;
    private final PublicCases publicCases;
    private final ReporterContacts contacts;
    private final Clock clock;

    CaseQueryController(CaseStore cases, CaseQueries queries, PublicCases publicCases, ReporterContacts contacts,
                        Clock clock) {
        this.cases = cases;
        this.queries = queries;
        this.publicCases = publicCases;
        this.contacts = contacts;
        this.clock = clock;
    }

    @GetMapping("/api/cases/{caseId}")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, DEPARTMENT_HANDLER, INSPECTOR, ADMIN})
    @Operation(summary = "A case: state, level, holding unit, handler, department, deadline and light, supervised flag")
    CaseView get(@PathVariable UUID caseId) {
        Caller caller = Caller.current();
        CaseFile file = visible(caseId, caller);
        // Command centres call residents back; nobody else needs their contact.
        boolean callsBack = caller.has(Role.COMMAND_CENTRE) || caller.has(Role.ADMIN);
        String contact = callsBack ? contacts.read(caseId, caller, ReporterContacts.Purpose.CALL_BACK).orElse(null) : null;
        return CaseView.of(file, contact, clock.instant());
    }

    @GetMapping("/api/cases/{caseId}/history")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, DEPARTMENT_HANDLER, INSPECTOR, ADMIN})
    @Operation(summary = "The audit trail of a case: one row per transition, who, in which role, when, from, to, why")
    List<Transition> history(@PathVariable UUID caseId) {
        visible(caseId, Caller.current());
        return cases.history(caseId);
    }

    @GetMapping("/api/cases")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, DEPARTMENT_HANDLER, INSPECTOR, ADMIN})
    @Operation(summary = "Cases inside the caller's territory (or dispatched to the caller's department), newest "
            + "first; light= keeps the cases whose deadline light is GREEN, YELLOW or RED now, or PAUSED in mediation")
    CaseQueries.CasePage list(
            @RequestParam(required = false) @Pattern(regexp = Codes.UNIT, message = Codes.UNIT_MESSAGE) String unit,
            @RequestParam(required = false) CaseState state,
            @RequestParam(required = false) Level level,
            @RequestParam(required = false) @Pattern(regexp = Codes.CATEGORY, message = Codes.CATEGORY_MESSAGE)
            String category,
            @RequestParam(required = false) @Pattern(regexp = Codes.DEPARTMENT, message = Codes.DEPARTMENT_MESSAGE)
            String department,
            @RequestParam(required = false) Boolean supervised,
            @RequestParam(required = false) Light light,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(CaseQueries.MAX_PAGE_SIZE) int size) {
        return queries.list(Caller.current(),
                new CaseQueries.CaseFilter(unit, state, level, category, department, supervised, light, page, size),
                clock.instant());
    }

    @GetMapping("/api/public/cases/{trackingCode}")
    @Anonymous
    @Operation(summary = "What a resident may see of their case, by its tracking code, without an account")
    PublicCaseView track(@PathVariable String trackingCode) {
        return publicCases.view(publicCases.caseIdOf(trackingCode));
    }

    private CaseFile visible(UUID caseId, Caller caller) {
        CaseFile file = cases.find(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
        return CaseAccess.of(caller).requireVisible(file);
    }
}
