package org.gridgov.cases.catalogue;

import java.time.Duration;

import org.gridgov.cases.deadline.Stage;

/**
 * How long each stage of a case of one category may take, in hours.
 *
 * @param basis {@code WORKING} hours count only the working calendar; {@code CALENDAR} hours run day
 *              and night, for urgent categories
 */
public record TimeLimits(Basis basis, int filing, int gridHandling, int levelHandling, int departmentHandling,
                         int verification) {

    public enum Basis {
        WORKING,
        CALENDAR
    }

    /** The limit of a stage. */
    public Duration of(Stage stage) {
        return Duration.ofHours(switch (stage) {
            case FILING -> filing;
            case GRID_HANDLING -> gridHandling;
            case LEVEL_HANDLING -> levelHandling;
            case DEPARTMENT_HANDLING -> departmentHandling;
            case VERIFICATION -> verification;
        });
    }
}
