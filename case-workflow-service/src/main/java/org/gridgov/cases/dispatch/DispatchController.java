package org.gridgov.cases.dispatch;

import static org.gridgov.runtime.security.Role.COMMAND_CENTRE;
import static org.gridgov.runtime.security.Role.DEPARTMENT_HANDLER;
import static org.gridgov.runtime.security.Role.GRID_LEADER;

import java.time.Clock;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.gridgov.cases.lifecycle.Actor;
import org.gridgov.cases.lifecycle.CaseAccess;
import org.gridgov.cases.lifecycle.CaseFile;
import org.gridgov.cases.lifecycle.Codes;
import org.gridgov.cases.reading.CaseView;
import org.gridgov.events.cases.DepartmentFeedback;
import org.gridgov.runtime.security.AllowedRoles;
import org.gridgov.runtime.security.Caller;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Dispatch and feedback")
class DispatchController {

    private final DispatchService dispatch;
    private final Clock clock;

    DispatchController(DispatchService dispatch, Clock clock) {
        this.dispatch = dispatch;
        this.clock = clock;
    }

    @PostMapping("/api/cases/{caseId}/dispatch")
    @AllowedRoles({GRID_LEADER, COMMAND_CENTRE})
    @Operation(summary = "Send the case to a department (its category's default department when none is named)")
    CaseView dispatch(@PathVariable UUID caseId, @Valid @RequestBody DispatchRequest request) {
        return CaseView.of(dispatch.dispatch(caseId, request.departmentCode(), request.instructions(), Caller.current()));
    }

    @PostMapping("/api/cases/{caseId}/feedback")
    @AllowedRoles(DEPARTMENT_HANDLER)
    @Operation(summary = "The department reports what it did; the same as a DepartmentFeedback on case.feedback")
    CaseView feedback(@PathVariable UUID caseId, @Valid @RequestBody FeedbackRequest request) {
        return CaseView.of(record(caseId, request.feedbackId(), request.outcome(), request.summary()));
    }

    @PostMapping("/api/cases/{caseId}/return")
    @AllowedRoles(DEPARTMENT_HANDLER)
    @Operation(summary = "The department hands back a case it does not own, with a reason")
    CaseView giveBack(@PathVariable UUID caseId, @Valid @RequestBody ReturnRequest request) {
        return CaseView.of(record(caseId, null, FeedbackOutcome.NOT_OUR_RESPONSIBILITY, request.reason()));
    }

    private CaseFile record(UUID caseId, UUID feedbackId, FeedbackOutcome outcome, String summary) {
        Caller caller = Caller.current();
        String department = caller.department()
                .orElseThrow(() -> new AccessDeniedException("the token names no department"));
        UUID id = feedbackId != null ? feedbackId : UUID.randomUUID();
        DepartmentFeedback feedback = new DepartmentFeedback(id, caseId, department, caller.accountId(), outcome.name(),
                summary, clock.instant());
        CaseAccess access = CaseAccess.of(caller);
        return dispatch.record(id.toString(), feedback, Actor.of(caller), access::requireDepartment);
    }

    record DispatchRequest(@Pattern(regexp = Codes.DEPARTMENT, message = Codes.DEPARTMENT_MESSAGE)
                           String departmentCode,
                           @Size(max = 1000) String instructions) {
    }

    /** @param feedbackId chosen by the department to make a re-sent request harmless */
    record FeedbackRequest(UUID feedbackId, @NotNull FeedbackOutcome outcome, @NotBlank @Size(max = 2000) String summary) {
    }

    record ReturnRequest(@NotBlank @Size(max = 1000) String reason) {
    }
}
