package org.gridgov.population.care;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A change of care; null fields stay as they are (a new risk level without an interval takes its default). */
record CareChange(RiskLevel riskLevel, @Min(1) @Max(366) Integer visitIntervalDays,
                  @Size(min = 1, max = 10) List<@NotNull @Pattern(regexp = "[A-Za-z0-9_.@-]{1,64}") String> carerAccountIds) {
}
