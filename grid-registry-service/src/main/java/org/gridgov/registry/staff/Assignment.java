package org.gridgov.registry.staff;

import java.time.Instant;

/**
 * One staff assignment, current or past.
 *
 * @param to null while the assignment is active
 */
public record Assignment(long id, String unitCode, StaffRole role, String accountId, String displayName,
                         String workPhone, Instant from, Instant to) {

    public boolean active() {
        return to == null;
    }
}
