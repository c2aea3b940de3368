package org.gridgov.population.care;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * @param visitIntervalDays null: the default of the group and risk level ({@link VisitFrequency})
 */
record NewMembership(@NotNull UUID residentId, @NotNull SpecialGroup group, @NotNull RiskLevel riskLevel,
                     @Min(1) @Max(366) Integer visitIntervalDays,
                     @NotEmpty @Size(max = 10) List<@NotNull @Pattern(regexp = "[A-Za-z0-9_.@-]{1,64}") String> carerAccountIds) {
}
