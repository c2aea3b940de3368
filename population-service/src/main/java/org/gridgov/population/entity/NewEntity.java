package org.gridgov.population.entity;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An enterprise or shop; the contact is a person, and personal data rules apply to it. Also the body of a change. */
record NewEntity(@NotNull @Pattern(regexp = "\\d{15,21}") String gridCode, @NotBlank @Size(max = 18) String creditCode,
                 @NotBlank @Size(max = 200) String name, @NotNull EntityKind kind, UUID houseId,
                 @Size(max = 60) String contactName, @Size(max = 20) String contactPhone) {
}
