package org.gridgov.disputes.escalation;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.gridgov.disputes.lifecycle.DisputeAccessRules;
import org.gridgov.disputes.reading.DisputeView;
import org.gridgov.disputes.reading.DisputeViews;
import org.gridgov.runtime.security.Caller;
import org.springframework.security.access.prepost.PreAuthorize;
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
    @PreAuthorize(DisputeAccessRules.MEDIATING_ROLES)
    @Operation(summary = "Send the dispute one level up: village, town, then the county (and its specialist room)")
    DisputeView escalate(@PathVariable UUID disputeId, @Valid @RequestBody EscalationRequests.Escalate request) {
        return views.of(escalations.escalate(disputeId, request, Caller.current().accountId()));
    }

    @PostMapping("/risk")
    @PreAuthorize(DisputeAccessRules.MEDIATING_ROLES)
    @Operation(summary = "Raise the dispute's risk; when the level rule table then calls for a higher level, "
            + "the dispute moves there at once (escalated with cause RISK_RAISED)")
    DisputeView raiseRisk(@PathVariable UUID disputeId, @Valid @RequestBody EscalationRequests.RaiseRisk request) {
        return views.of(escalations.raiseRisk(disputeId, request, Caller.current().accountId()));
    }
}
