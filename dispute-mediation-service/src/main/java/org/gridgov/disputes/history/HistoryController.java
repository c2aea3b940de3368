package org.gridgov.disputes.history;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridgov.disputes.lifecycle.DisputeAccess;
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
    @Operation(summary = "Every step of a dispute, oldest first: what happened, where, who and when")
    List<DisputeHistory.HistoryEntry> history(@PathVariable UUID disputeId) {
        access.toRead(disputeId);
        return history.of(disputeId);
    }
}
