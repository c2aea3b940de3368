package org.gridgov.population.resident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A row of {@code resident} as stored: personal fields still sealed ({@code keyId:base64}), the birth
 * date bound to its row ({@code keyId:s1:base64}).
 */
record StoredResident(UUID id, String gridCode, String name, String idNumber, String phone, String sex,
                      String birthDate, String ethnicity, String registeredPlace, ResidenceStatus status,
                      UUID houseId, UUID householdId, String arrivedFromDivision,
                      LocalDate arrivedOn, String residencePermit, LocalDate expectedStayUntil, Instant leftAt,
                      String leftReason, String leftToDivision, Instant createdAt, Instant updatedAt) {

    boolean hasLeft() {
        return leftAt != null;
    }
}
