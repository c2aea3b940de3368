package org.gridgov.cases.lifecycle;

import java.time.Instant;

import org.gridgov.cases.catalogue.Category;
import org.gridgov.cases.catalogue.CategoryCatalogue;
import org.gridgov.cases.deadline.Deadline;
import org.gridgov.cases.deadline.Deadlines;
import org.gridgov.cases.deadline.Stage;
import org.gridgov.cases.deadline.TimeLeft;

/**
 * When a change to a case happens, and what follows from that time for this case: the deadline of
 * the stage it enters, from its category's limits.
 */
public final class Moment {

    private final Instant now;
    private final CaseFile file;
    private final CategoryCatalogue catalogue;
    private final Deadlines deadlines;

    Moment(Instant now, CaseFile file, CategoryCatalogue catalogue, Deadlines deadlines) {
        this.now = now;
        this.file = file;
        this.catalogue = catalogue;
        this.deadlines = deadlines;
    }

    public Instant now() {
        return now;
    }

    /** The case's category, as the catalogue defines it. */
    public Category category() {
        return catalogue.require(file.report().category());
    }

    /** What the case's running deadline has left now, to stop it there; null when none runs. */
    public TimeLeft timeLeft() {
        if (file.dueAt() == null) {
            return null;
        }
        return deadlines.left(category(), file.warnAt(), file.dueAt(), now, file.gridCode());
    }

    /** The deadline of {@code stage} if the case enters it now, on the working calendar of where it lies. */
    public Deadline due(Stage stage) {
        return deadlines.of(category(), stage, now, file.gridCode());
    }
}
