package org.gridgov.disputes.outcomes;

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
class OutcomeController {

    private final OutcomeService outcomes;
    private final DisputeViews views;

    OutcomeController(OutcomeService outcomes, DisputeViews views) {
        this.outcomes = outcomes;
        this.views = views;
    }

    @PostMapping("/settle")
    @AllowedRoles({MEDIATOR, COMMAND_CENTRE, GRID_WORKER, GRID_LEADER})
    @Operation(summary = "Record the agreement of a session at the dispute's level, confirmed by every party")
    DisputeView settle(@PathVariable UUID disputeId, @Valid @RequestBody OutcomeRequests.Settle request) {
        return views.of(outcomes.settle(disputeId, request, Caller.current().accountId()));
    }

    @PostMapping("/refer")
    @AllowedRoles({MEDIATOR, COMMAND_CENTRE, GRID_WORKER, GRID_LEADER})
    @Operation(summary = "Refer the dispute to litigation, arbitration or the petition office, with the reason")
    DisputeView refer(@PathVariable UUID disputeId, @Valid @RequestBody OutcomeRequests.Refer request) {
        return views.of(outcomes.refer(disputeId, request, Caller.current().accountId()));
    }

    @PostMapping("/follow-up")
    @AllowedRoles({MEDIATOR, COMMAND_CENTRE, GRID_WORKER, GRID_LEADER})
    @Operation(summary = "Record a follow-up visit; terms not performed by the agreed day reopen the dispute")
    DisputeView followUp(@PathVariable UUID disputeId, @Valid @RequestBody OutcomeRequests.FollowUp request) {
        return views.of(outcomes.followUp(disputeId, request, Caller.current().accountId()));
    }
}
