package org.gridgov.cases.routing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.gridgov.cases.catalogue.Category;
import org.gridgov.cases.deadline.Deadlines;
import org.gridgov.cases.deadline.Stage;
import org.gridgov.cases.lifecycle.Actor;
import org.gridgov.cases.lifecycle.CaseFile;
import org.gridgov.cases.lifecycle.CaseState;
import org.springframework.stereotype.Component;

/**
 * Puts a case placed in a grid where the escalation policy says it belongs: with the grid's worker,
 * or at once at the village, town or county its category or severity asks for. Used at filing and
 * when a command centre places a case by hand.
 */
@Component
public class CaseRouting {

    private final EscalationPolicy policy = new EscalationPolicy();
    private final Deadlines deadlines;

    CaseRouting(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    /** Files a reported case in its grid (or places a filed one there) and routes it; returns the events caused. */
    public List<Object> route(CaseFile file, Category category, Placement placement, Actor actor, Instant now) {
        EscalationPolicy.Route route = policy.atFiling(category, file.report().peopleInvolved(),
                file.report().riskFlag(), placement);
        Placement.Held grid = new Placement.Held(Level.GRID, placement.units().get(Level.GRID));
        List<Object> events = new ArrayList<>();
        if (file.state() == CaseState.REPORTED) {
            events.add(file.file(placement.gridCode(), grid, route.severity(), false,
                    deadlines.of(category, Stage.FILING, now, placement.gridCode()), actor, now));
        } else {
            file.place(placement.gridCode(), grid.unitCode(), actor, now);
        }
        if (route.held().level() != Level.GRID) {
            events.add(file.escalate(route.held(), route.cause().orElseThrow(), null,
                    deadlines.of(category, Stage.LEVEL_HANDLING, now, placement.gridCode()), actor, now));
        } else if (placement.gridWorker().isPresent()) {
            events.add(file.assign(grid.unitCode(), placement.gridWorker().get(),
                    deadlines.of(category, Stage.GRID_HANDLING, now, placement.gridCode()), actor, now));
        }
        // A grid without a worker keeps the case FILED at the grid, in every listing above it,
        // until a centre places it again or escalates it.
        return events;
    }

    /**
     * Files a reported case that has no place yet at the county command centre, which places it by
     * hand: never lost, never refused.
     */
    public List<Object> fileUnplaced(CaseFile file, Category category, String countyCode, Actor actor, Instant now) {
        Category.Assessment assessed = category.assess(file.report().peopleInvolved(), file.report().riskFlag());
        return List.of(file.file(countyCode, new Placement.Held(Level.COUNTY, countyCode), assessed.severity(), true,
                deadlines.of(category, Stage.FILING, now, countyCode), actor, now));
    }
}
