package org.gridgov.registry.staff;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Contact details of a staff member in a unit; they stay in the registry, never in events. */
record StaffRequest(@NotBlank @Size(max = 100) String displayName,
                    @Size(max = 32) @Pattern(regexp = "[0-9+()\\- ]*", message = "must be a phone number") String workPhone) {
}
