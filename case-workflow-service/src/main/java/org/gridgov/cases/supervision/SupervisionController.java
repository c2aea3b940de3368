package org.gridgov.cases.supervision;

import static org.gridgov.runtime.security.Role.COMMAND_CENTRE;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.gridgov.cases.lifecycle.Actor;
import org.gridgov.cases.lifecycle.CaseAccess;
import org.gridgov.cases.lifecycle.CaseChanges;
import org.gridgov.cases.reading.CaseView;
import org.gridgov.runtime.security.AllowedRoles;
import org.gridgov.runtime.security.Caller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A higher level flags a case as supervised (督办); the flag shows in every listing. */
@RestController
@Tag(name = "Supervision")
class SupervisionController {

    private final CaseChanges changes;

    SupervisionController(CaseChanges changes) {
        this.changes = changes;
    }

    @PostMapping("/api/cases/{caseId}/supervise")
    @AllowedRoles(COMMAND_CENTRE)
    @Operation(summary = "Flag an open case as supervised")
    CaseView supervise(@PathVariable UUID caseId, @Valid @RequestBody SupervisionRequest request) {
        Caller caller = Caller.current();
        return CaseView.of(changes.apply(caseId, (file, moment) -> {
            CaseAccess.of(caller).requireHolder(file);
            return List.of(file.supervise(request.note(), Actor.of(caller), moment.now()));
        }));
    }

    record SupervisionRequest(@Size(max = 1000) String note) {
    }
}
