package org.gridgov.cases.deadline;

import org.gridgov.cases.lifecycle.CaseState;
import org.gridgov.cases.routing.Level;

/**
 * What follows when the deadline of a stage passes (限时办结, seed 001), besides the overdue event
 * that tells the holder. A case held at a grid, village or town that let its time run out goes one
 * level up by itself; a department that let it run out is marked on the case for its assessment and
 * the holder, who dispatched it, is told; at the county, or while a case waits for verification or
 * for a place, the holder is told and nothing moves.
 */
public final class OverdueRule {

    /** The consequence of an overdue deadline. */
    public enum Consequence {
        /** Up one level (or, from a flat grid, to the county), with the cause {@code OVERDUE}. */
        ESCALATE,
        /** The department is marked for its assessment; the holder is told. */
        DEPARTMENT_ASSESSED,
        /** The holder is told; the case stays where it is. */
        HOLDER_TOLD
    }

    public Consequence after(Stage stage, CaseState state, Level level, boolean awaitingPlacement) {
        if (stage == Stage.DEPARTMENT_HANDLING) {
            return Consequence.DEPARTMENT_ASSESSED;
        }
        boolean heldByALevel = state == CaseState.FILED || state == CaseState.ASSIGNED
                || state == CaseState.ESCALATED || state == CaseState.REOPENED;
        boolean handling = stage == Stage.FILING || stage == Stage.GRID_HANDLING || stage == Stage.LEVEL_HANDLING;
        // A case waiting at the county for a place has no grid to climb from: the centre must place it.
        if (heldByALevel && handling && level != Level.COUNTY && !awaitingPlacement) {
            return Consequence.ESCALATE;
        }
        return Consequence.HOLDER_TOLD;
    }
}
