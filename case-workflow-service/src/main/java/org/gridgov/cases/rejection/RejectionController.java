package org.gridgov.cases.rejection;

import static org.gridgov.runtime.security.Role.COMMAND_CENTRE;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.gridgov.cases.lifecycle.RejectionReason;
import org.gridgov.cases.reading.CaseView;
import org.gridgov.runtime.security.AllowedRoles;
import org.gridgov.runtime.security.Caller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Rejection")
class RejectionController {

    private final RejectionService rejections;

    RejectionController(RejectionService rejections) {
        this.rejections = rejections;
    }

    @PostMapping("/api/cases/{caseId}/reject")
    @AllowedRoles(COMMAND_CENTRE)
    @Operation(summary = "Reject a filed case that is none for the government (a prank, a duplicate, a private "
            + "matter, nothing to act on), before a department took it")
    CaseView reject(@PathVariable UUID caseId, @Valid @RequestBody RejectionRequest request) {
        return CaseView.of(rejections.reject(caseId, request.reasonCode(), request.note(), Caller.current()));
    }

    /** @param note what the centre found, for staff; residents see only the code */
    record RejectionRequest(@NotNull RejectionReason reasonCode, @NotBlank @Size(max = 1000) String note) {
    }
}
