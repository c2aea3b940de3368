package org.gridgov.cases.handling;

import static org.gridgov.runtime.security.Role.COMMAND_CENTRE;
import static org.gridgov.runtime.security.Role.GRID_LEADER;
import static org.gridgov.runtime.security.Role.GRID_WORKER;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.gridgov.cases.deadline.Stage;
import org.gridgov.cases.lifecycle.Actor;
import org.gridgov.cases.lifecycle.CaseAccess;
import org.gridgov.cases.lifecycle.CaseAction;
import org.gridgov.cases.lifecycle.CaseChanges;
import org.gridgov.cases.reading.CaseView;
import org.gridgov.runtime.security.AllowedRoles;
import org.gridgov.runtime.security.Caller;
import org.hibernate.validator.constraints.URL;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Grid-first handling (先行自办): the holder settles the case itself, and it goes to verification. */
@RestController
@Tag(name = "Handling")
class HandlingController {

    private final CaseChanges changes;

    HandlingController(CaseChanges changes) {
        this.changes = changes;
    }

    @PostMapping("/api/cases/{caseId}/resolve")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE})
    @Operation(summary = "The holder resolved the case on the spot, with notes and photos; it waits for verification")
    CaseView resolve(@PathVariable UUID caseId, @Valid @RequestBody ResolutionRequest request) {
        Caller caller = Caller.current();
        return CaseView.of(changes.apply(caseId, (file, moment) -> {
            CaseAccess.of(caller).requireHolder(file);
            file.requireAllowed(CaseAction.RESOLVE);
            return List.of(file.resolve(request.notes(), request.photoUrls(), moment.due(Stage.VERIFICATION),
                    Actor.of(caller), moment.now()));
        }));
    }

    record ResolutionRequest(@NotBlank @Size(max = 2000) String notes,
                             @Size(max = 9) List<@NotBlank @URL @Size(max = 500) String> photoUrls) {
    }
}
