package org.gridgov.disputes.history;

import static org.gridgov.runtime.security.Role.ADMIN;
import static org.gridgov.runtime.security.Role.COMMAND_CENTRE;
import static org.gridgov.runtime.security.Role.GRID_LEADER;
import static org.gridgov.runtime.security.Role.GRID_WORKER;
import static org.gridgov.runtime.security.Role.INSPECTOR;
import static org.gridgov.runtime.security.Role.MEDIATOR;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridgov.disputes.lifecycle.DisputeAccess;
import org.gridgov.runtime.security.AllowedRoles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "disputes")
class HistoryController {

    private final DisputeAccess access;
    private final DisputeHistory history;

    HistoryController(DisputeAccess access, DisputeHistory history) {
        this.access = access;
        this.history = history;
    }

    @GetMapping("/api/disputes/{disputeId}/history")
    @AllowedRoles({GRID_WORKER, GRID_LEADER, COMMAND_CENTRE, MEDIATOR, INSPECTOR, ADMIN})
    @Operation(summary = "Every step of a dispute, oldest first: what happened, where, who and when")
    List<DisputeHistory.HistoryEntry> history(@PathVariable UUID disputeId) {
        access.toRead(disputeId);
        return history.of(disputeId);
    }
}
