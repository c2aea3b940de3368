package org.gridgov.cases.lifecycle;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.gridgov.cases.catalogue.CategoryCatalogue;
import org.gridgov.cases.deadline.Deadlines;
import org.gridgov.runtime.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a stored case changes: load it under a lock, let the change check who may make it
 * and move the case, then save the new state, its audit rows and its events in one transaction.
 */
@Service
public class CaseChanges {

    private final CaseStore cases;
    private final CaseEvents events;
    private final CategoryCatalogue catalogue;
    private final Deadlines deadlines;
    private final Clock clock;

    CaseChanges(CaseStore cases, CaseEvents events, CategoryCatalogue catalogue, Deadlines deadlines, Clock clock) {
        this.cases = cases;
        this.events = events;
        this.catalogue = catalogue;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
     * Applies {@code change} to the case; the change returns the events it caused, in order.
     *
     * @throws NotFoundException when there is no such case
     */
    @Transactional
    public CaseFile apply(UUID caseId, Change change) {
        CaseFile file = cases.lock(caseId).orElseThrow(() -> new NotFoundException("case", caseId));
        List<?> caused = change.apply(file, new Moment(clock.instant(), file, catalogue, deadlines));
        cases.update(file);
        events.publish(file, caused);
        return file;
    }

    /** A change to one case: checks who may make it, moves the case, returns the events it causes. */
    @FunctionalInterface
    public interface Change {
        List<?> apply(CaseFile file, Moment moment);
    }
}
