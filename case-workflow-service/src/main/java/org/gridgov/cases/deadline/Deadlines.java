package org.gridgov.cases.deadline;

import java.time.Instant;

import org.gridgov.cases.catalogue.Category;
import org.springframework.stereotype.Component;

/**
 * When the time limit of a stage runs out, from the category's limits. Working hours are counted
 * as calendar hours until the working calendar (weekends, holidays, office hours per county) exists;
 * every due date is computed here, so the calendar replaces this one method.
 */
@Component
public class Deadlines {

    public Deadline of(Category category, Stage stage, Instant from) {
        return new Deadline(stage, from.plus(category.timeLimits().of(stage)));
    }
}
