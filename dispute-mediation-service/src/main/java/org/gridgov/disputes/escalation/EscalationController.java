package org.gridgov.disputes.escalation;

import static org.gridgov.runtime.security.Role.COMMAND_CENTRE;
import static org.gridgov.runtime.security.Role.GRID_LEADER;
import static org.gridgov.runtime.security.Role.GRID_WORKER;
import static org.gridgov.runtime.security.Role.MEDIATOR;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.gridgov.disputes.lifecycle.DisputeAccessRules;
import org.gridgov.disputes.reading.DisputeView;
import org.gridgov.disputes.reading.DisputeViews;
import org.gridgov.runtime.security.AllowedRoles;
import org.gridgov.runtime.security.Caller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/disputes/{disputeId}")
@Tag(name = "disputes")
class EscalationController {

    private final EscalationService escalations;
    private final DisputeViews views;

    EscalationController(EscalationService escalations, DisputeViews views) {
        this.escalations = escalations;
        this.views = views;
    }

    @PostMapping("/escalate")
    @AllowedRoles({MEDIATOR, COMMAND_CENTRE, GRID_WORKER, GRID_LEADER})
    @Operation(summary = "Send the dispute one level up: village, town, then the county (and its specialist room)")
    DisputeView escalate(@PathVariable UUID disputeId, @Valid @RequestBody EscalationRequests.Escalate request) {
        return views.of(escalations.escalate(disputeId, request, Caller.current().accountId()));
    }

    @PostMapping("/risk")
    @AllowedRoles({MEDIATOR, COMMAND_CENTRE, GRID_WORKER, GRID_LEADER})
    @Operation(summary = "Raise the dispute's risk; when the level rule table then calls for a higher level, "
            + "the dispute moves there at once (escalated with cause RISK_RAISED)")
    DisputeView raiseRisk(@PathVariable UUID disputeId, @Valid @RequestBody EscalationRequests.RaiseRisk request) {
        return views.of(escalations.raiseRisk(disputeId, request, Caller.current().accountId()));
    }
}
