package org.gridgov.cases.verification;

import static org.gridgov.runtime.security.Role.COMMAND_CENTRE;
import static org.gridgov.runtime.security.Role.GRID_LEADER;
import static org.gridgov.runtime.security.Role.GRID_WORKER;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gridgov.cases.lifecycle.Actor;
import org.gridgov.cases.lifecycle.CaseAccess;
import org.gridgov.cases.lifecycle.CaseAction;
import org.gridgov.cases.lifecycle.CaseChanges;
import org.gridgov.cases.reading.CaseView;
import org.gridgov.runtime.security.AllowedRoles;
import org.gridgov.runtime.security.Caller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Verification on site (核查结案): passed closes the case, failed sends it back for rework (返工). */
@RestController
@Tag(name = "Verification")
class VerificationController {

    private final CaseChanges changes;

    VerificationController(CaseChanges changes) {
        this.changes = changes;
    }

    @PostMapping("/api/cases/{caseId}/verify")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE})
    @Operation(summary = "The grid worker checked the handling on site: passed closes the case, failed reopens it")
    CaseView verify(@PathVariable UUID caseId, @Valid @RequestBody VerificationRequest request) {
        Caller caller = Caller.current();
        Actor actor = Actor.of(caller);
        return CaseView.of(changes.apply(caseId, (file, moment) -> {
            CaseAccess.of(caller).requireOnSite(file);
            if (request.passed()) {
                file.requireAllowed(CaseAction.VERIFY);
                return List.of(file.verify(request.note(), actor, moment.now()), file.close(actor, moment.now()));
            }
            file.requireAllowed(CaseAction.REOPEN);
            return List.of(file.reopen(request.note(), moment.due(file.reworkStage()), actor, moment.now()));
        }));
    }

    record VerificationRequest(@NotNull Boolean passed, @Size(max = 1000) String note) {

        @AssertTrue(message = "say what is still wrong when verification fails")
        boolean isExplained() {
            return !Boolean.FALSE.equals(passed) || (note != null && !note.isBlank());
        }
    }
}
