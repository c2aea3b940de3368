package org.gridgov.population.resident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.gridgov.population.care.SpecialGroup;
import org.gridgov.population.identity.Sex;

/** The bodies of the resident API. Personal fields travel in bodies only, never in URLs. */
final class ResidentRequests {

    static final String GRID = "\\d{15,21}";
    static final String DIVISION = "\\d{6}|\\d{9}|\\d{12}";

    private ResidentRequests() {
    }

    /** How a person registered by hand came onto the ledger. */
    enum Origin { CENSUS, BIRTH, MOVED_IN, RETURNED }

    /**
     * A person entered in a grid's ledger. Sex and birth date may be left out: the ID number holds them;
     * given, they must match it.
     */
    record NewResident(@NotNull @Pattern(regexp = GRID) String gridCode, @NotBlank @Size(max = 60) String name,
                       @NotBlank @Size(max = 18) String idNumber, Sex sex, LocalDate birthDate,
                       @Size(max = 20) String phone, @Size(max = 32) String ethnicity,
                       @Size(max = 200) String registeredPlace, ResidenceStatus residenceStatus, Origin origin,
                       @Pattern(regexp = DIVISION) String fromDivisionCode, UUID houseId) {
    }

    /** A floating resident arriving (流入): known on arrival, traced on departure (seed 000). */
    record FloatingArrival(@NotNull @Pattern(regexp = GRID) String gridCode, @NotBlank @Size(max = 60) String name,
                           @NotBlank @Size(max = 18) String idNumber, Sex sex, LocalDate birthDate,
                           @Size(max = 20) String phone, @Size(max = 32) String ethnicity,
                           @Size(max = 200) String registeredPlace,
                           @NotNull @Pattern(regexp = DIVISION) String fromDivisionCode,
                           @Size(max = 40) String residencePermitNumber, @NotNull LocalDate arrivedOn,
                           @NotNull LocalDate expectedStayUntil, UUID houseId) {
    }

    /** A correction the person asked for, or a fix of a mistake; null fields stay as they are. */
    record Correction(@Size(max = 60) String name, @Size(max = 18) String idNumber, @Size(max = 20) String phone,
                      @Size(max = 32) String ethnicity, @Size(max = 200) String registeredPlace,
                      @Size(max = 40) String residencePermitNumber,
                      @NotBlank @Size(min = 4, max = 200) String reason) {
    }

    /** A move of house or grid inside the territory, or a change of residence status. */
    record Move(@NotNull @Pattern(regexp = GRID) String gridCode, UUID houseId, ResidenceStatus residenceStatus) {
    }

    enum DepartureReason { MOVED_AWAY, FLOATING_OUT, FLOATING_DEPARTURE, DECEASED }

    record Departure(@NotNull DepartureReason reason, @Pattern(regexp = DIVISION) String toDivisionCode, Instant leftAt) {
    }

    /** A person who left comes back: to their old grid unless another is given. */
    record Return(@Pattern(regexp = GRID) String gridCode, UUID houseId,
                  @Pattern(regexp = DIVISION) String fromDivisionCode) {
    }

    /**
     * A search inside the caller's territory. {@code name}, {@code idNumber} and {@code phone} match
     * exactly, through their keyed hashes.
     */
    record Search(@Pattern(regexp = "\\d{6,21}") String unit, ResidenceStatus status, SpecialGroup group,
                  @Size(max = 60) String name, @Size(max = 18) String idNumber, @Size(max = 20) String phone,
                  Boolean includeLeft, @Min(0) Integer page, @Min(1) @Max(500) Integer size) {

        SearchCriteria criteria() {
            return new SearchCriteria(status, group, Boolean.TRUE.equals(includeLeft));
        }

        int limit() {
            return size == null ? 50 : size;
        }

        int offset() {
            return (page == null ? 0 : page) * limit();
        }
    }
}
