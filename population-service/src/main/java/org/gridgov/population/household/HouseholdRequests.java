package org.gridgov.population.household;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The bodies of the household API. */
final class HouseholdRequests {

    private HouseholdRequests() {
    }

    /** A household formed around its head, in the head's grid unless another is given. */
    record NewHousehold(@NotNull UUID headResidentId, UUID houseId) {
    }

    record NewMember(@NotNull UUID residentId, @NotNull Relation relation) {
    }

    record HeadChange(@NotNull UUID residentId) {
    }

    /** The whole household moves: its members with it. */
    // Not "Move": the resident's Move has another shape, and the OpenAPI document names schemas by simple name.
    record HouseholdMove(@NotNull @Pattern(regexp = "\\d{15,21}") String gridCode, UUID houseId) {
    }
}
