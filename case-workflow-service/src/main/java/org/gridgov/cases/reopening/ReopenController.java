package org.gridgov.cases.reopening;

import static org.gridgov.runtime.security.Role.COMMAND_CENTRE;
import static org.gridgov.runtime.security.Role.DEPARTMENT_HANDLER;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.gridgov.cases.reading.CaseView;
import org.gridgov.runtime.security.AllowedRoles;
import org.gridgov.runtime.security.Caller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Reopening")
class ReopenController {

    private final ReopenService reopening;

    ReopenController(ReopenService reopening) {
        this.reopening = reopening;
    }

    @PostMapping("/api/cases/{caseId}/reopen")
    @AllowedRoles({COMMAND_CENTRE, DEPARTMENT_HANDLER})
    @Operation(summary = "Send a closed (or evaluated) case back to its handler for rework, with a fresh deadline")
    CaseView reopen(@PathVariable UUID caseId, @Valid @RequestBody ReopenRequest request) {
        return CaseView.of(reopening.reopen(caseId, request.reason().strip(), Caller.current()));
    }

    record ReopenRequest(@NotBlank @Size(max = 1000) String reason) {
    }
}
