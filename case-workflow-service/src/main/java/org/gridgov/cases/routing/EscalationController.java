package org.gridgov.cases.routing;

import static org.gridgov.runtime.security.Role.COMMAND_CENTRE;
import static org.gridgov.runtime.security.Role.GRID_LEADER;
import static org.gridgov.runtime.security.Role.GRID_WORKER;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.gridgov.cases.lifecycle.Codes;
import org.gridgov.cases.reading.CaseView;
import org.gridgov.runtime.security.AllowedRoles;
import org.gridgov.runtime.security.Caller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Routing")
class EscalationController {

    private final EscalationService escalations;

    EscalationController(EscalationService escalations) {
        this.escalations = escalations;
    }

    @PostMapping("/api/cases/{caseId}/escalate")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE})
    @Operation(summary = "The holder sends the case one level up (or, from a flat grid, to the county), with a reason")
    CaseView escalate(@PathVariable UUID caseId, @Valid @RequestBody EscalationRequest request) {
        return CaseView.of(escalations.escalate(caseId, request.reason(), Caller.current()));
    }

    @PostMapping("/api/cases/{caseId}/place")
    @AllowedRoles(COMMAND_CENTRE)
    @Operation(summary = "A command centre places a case filed without a grid (or in a grid without a worker); "
            + "it is then routed as at filing")
    CaseView place(@PathVariable UUID caseId, @Valid @RequestBody PlacementRequest request) {
        return CaseView.of(escalations.place(caseId, request.gridCode(), Caller.current()));
    }

    record EscalationRequest(@NotBlank @Size(max = 500) String reason) {
    }

    record PlacementRequest(@NotBlank @Pattern(regexp = Codes.UNIT, message = Codes.UNIT_MESSAGE)
                            String gridCode) {
    }
}
