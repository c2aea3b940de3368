package org.gridgov.population.care;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * Structured readings taken on a visit, e.g. the blood pressure a grid worker logs for an elderly
 * resident on each visit (seed 001). Health data: stored encrypted with the visit's findings.
 */
public record Readings(@Min(50) @Max(300) Integer systolic, @Min(20) @Max(200) Integer diastolic,
                @Min(20) @Max(250) Integer heartRate,
                @DecimalMin("1.0") @DecimalMax("40.0") BigDecimal bloodGlucose,
                @DecimalMin("30.0") @DecimalMax("45.0") BigDecimal temperature) {
}
