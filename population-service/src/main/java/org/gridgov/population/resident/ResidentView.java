package org.gridgov.population.resident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.gridgov.population.identity.Sex;

/**
 * A person on the ledger. In a masked view ({@code masked} true) the name, ID number, phone, places
 * and permit number are masks and the birth date is left out (it is part of the ID number).
 */
record ResidentView(UUID id, String gridCode, String name, String idNumber, String phone, Sex sex, LocalDate birthDate,
                    String ethnicity, String registeredPlace, ResidenceStatus residenceStatus, UUID houseId,
                    UUID householdId, String arrivedFromDivision, LocalDate arrivedOn, String residencePermitNumber,
                    LocalDate expectedStayUntil, Instant leftAt, String leftReason, String leftToDivision,
                    boolean masked) {
}
