package org.gridgov.disputes.opening;

import static org.gridgov.runtime.security.Role.COMMAND_CENTRE;
import static org.gridgov.runtime.security.Role.GRID_LEADER;
import static org.gridgov.runtime.security.Role.GRID_WORKER;
import static org.gridgov.runtime.security.Role.MEDIATOR;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.gridgov.disputes.levels.DisputeFacts;
import org.gridgov.disputes.levels.Level;
import org.gridgov.disputes.lifecycle.DisputeAccessRules;
import org.gridgov.disputes.lifecycle.InvalidRequestException;
import org.gridgov.disputes.lifecycle.Source;
import org.gridgov.disputes.reading.DisputeView;
import org.gridgov.disputes.reading.DisputeViews;
import org.gridgov.runtime.security.AllowedRoles;
import org.gridgov.runtime.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "disputes")
class OpeningController {

    private final OpeningService opening;
    private final DisputeViews views;

    OpeningController(OpeningService opening, DisputeViews views) {
        this.opening = opening;
        this.views = views;
    }

    @PostMapping("/api/disputes")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, MEDIATOR, COMMAND_CENTRE})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a dispute at the level its type, risk and size call for")
    DisputeView open(@Valid @RequestBody OpenRequest request) {
        if (request.source() == Source.CASE) {
            throw InvalidRequestException.of("source", "disputes from cases are opened from case.events");
        }
        Caller caller = Caller.current();
        if (!DisputeAccessRules.mayOpen(caller, request.gridCode())) {
            throw new AccessDeniedException("the grid lies outside the caller's territory");
        }
        DisputeFacts facts = new DisputeFacts(request.type(), request.riskLevel(), OpeningService.risks(request.risks()),
                request.peopleInvolved(), request.amountInDispute());
        return views.of(opening.open(new OpeningService.NewDispute(facts, request.gridCode(), request.source(), null,
                request.summary(), Level.GRID), request.parties(), caller.accountId()));
    }

    @PostMapping("/api/disputes/{disputeId}/parties")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, MEDIATOR, COMMAND_CENTRE})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a party to a dispute being mediated")
    DisputeView addParty(@PathVariable UUID disputeId, @Valid @RequestBody PartyRequest request) {
        return views.of(opening.addParty(disputeId, request));
    }
}
