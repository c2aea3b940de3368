package org.gridgov.population.house;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A house or building; {@code floors} and {@code rooms} for buildings. Also the body of a change. */
record NewHouse(@NotNull @Pattern(regexp = "\\d{15,21}") String gridCode, @NotNull HouseKind kind,
                @NotBlank @Size(max = 200) String address, @Min(1) @Max(200) Integer floors,
                @Min(1) @Max(10000) Integer rooms, UUID ownerResidentId, UUID ownerEntityId) {
}
