package org.gridgov.population.care;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A visit to a person ({@code residentId}) or a household ({@code householdId}); {@code membershipId}
 * when it counts for a special-group membership of that person.
 */
record NewVisit(UUID residentId, UUID householdId, UUID membershipId, VisitKind kind, @NotNull Instant visitedAt,
                @Size(max = 4000) String findings, @Valid Readings readings, Boolean followUpNeeded) {

    boolean followUp() {
        return Boolean.TRUE.equals(followUpNeeded);
    }
}
