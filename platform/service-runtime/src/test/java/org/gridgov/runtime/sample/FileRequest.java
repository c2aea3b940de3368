package org.gridgov.runtime.sample;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

record FileRequest(@NotBlank @Pattern(regexp = "[0-9]{6,21}", message = "must be a unit code of 6 to 21 digits") String unitCode,
                   @NotBlank String category) {
}
