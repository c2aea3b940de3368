package org.gridgov.notifications.routing;

import java.time.Instant;

/** What this service remembers of a case between its events. */
public record KnownCase(String unitCode, String category, String departmentCode, String assigneeId, Instant dueAt) {

    public static final KnownCase NOTHING = new KnownCase(null, null, null, null, null);

    /** The case after an event: what the event says replaces what was known. */
    public KnownCase after(CaseFacts facts) {
        CaseFacts merged = facts.completedWith(this);
        return new KnownCase(merged.unitCode(), merged.category(), merged.departmentCode(), merged.assigneeId(),
                merged.dueAt());
    }
}
