package org.gridgov.cases.evaluation;

import static org.gridgov.runtime.security.Role.GRID_WORKER;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gridgov.cases.lifecycle.Actor;
import org.gridgov.cases.lifecycle.CaseAccess;
import org.gridgov.cases.lifecycle.CaseChanges;
import org.gridgov.cases.lifecycle.CaseFile;
import org.gridgov.cases.lifecycle.ReopenCause;
import org.gridgov.cases.reading.CaseView;
import org.gridgov.cases.reading.PublicCaseView;
import org.gridgov.cases.reading.PublicCases;
import org.gridgov.runtime.security.AllowedRoles;
import org.gridgov.runtime.security.Anonymous;
import org.gridgov.runtime.security.Caller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The resident rates the result (综合评价), once, by tracking code; or a grid worker records it for
 * them. A low rating soon after the close reopens the case ({@link LowRatingRule}), the resident's
 * comment its reason.
 */
@RestController
@Tag(name = "Evaluation")
class EvaluationController {

    private final CaseChanges changes;
    private final PublicCases publicCases;
    private final LowRatingRule lowRating;

    EvaluationController(CaseChanges changes, PublicCases publicCases, EvaluationProperties properties) {
        this.changes = changes;
        this.publicCases = publicCases;
        this.lowRating = properties.rule();
    }

    @PostMapping("/api/public/cases/{trackingCode}/evaluation")
    @Anonymous
    @Operation(summary = "The resident rates a closed case 1 to 5, without an account; once. A low rating soon "
            + "after the close reopens the case")
    PublicCaseView evaluateAsResident(@PathVariable String trackingCode, @Valid @RequestBody EvaluationRequest request) {
        UUID caseId = publicCases.caseIdOf(trackingCode);
        return publicCases.view(evaluate(caseId, request, Actor.RESIDENT, file -> { }));
    }

    @PostMapping("/api/cases/{caseId}/evaluation")
    @AllowedRoles(GRID_WORKER)
    @Operation(summary = "The grid worker records the resident's rating on their behalf")
    CaseView evaluateForResident(@PathVariable UUID caseId, @Valid @RequestBody EvaluationRequest request) {
        Caller caller = Caller.current();
        return CaseView.of(evaluate(caseId, request, Actor.of(caller), CaseAccess.of(caller)::requireOnSite));
    }

    private CaseFile evaluate(UUID caseId, EvaluationRequest request, Actor actor,
                              Consumer<CaseFile> permit) {
        return changes.apply(caseId, (file, moment) -> {
            permit.accept(file);
            Instant closedAt = file.closedAt();
            List<Object> caused = new ArrayList<>();
            caused.add(file.evaluate(request.rating(), request.comment(), actor, moment.now()));
            if (lowRating.reopens(request.rating(), closedAt, moment.now())) {
                caused.add(file.reopen(ReopenCause.RESIDENT, reasonOf(request), moment.due(file.reworkStage()), actor,
                        moment.now()));
            }
            return caused;
        });
    }

    private static String reasonOf(EvaluationRequest request) {
        return request.comment() != null && !request.comment().isBlank() ? request.comment().strip()
                : "The resident rated the result " + request.rating() + " of 5.";
    }

    record EvaluationRequest(@NotNull @Min(1) @Max(5) Integer rating, @Size(max = 1000) String comment) {
    }
}
