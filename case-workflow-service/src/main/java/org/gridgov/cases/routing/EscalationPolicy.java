package org.gridgov.cases.routing;

import java.util.Optional;

import org.gridgov.cases.catalogue.Category;
import org.gridgov.cases.catalogue.Severity;

/**
 * Which level and unit hold a case: "small matters stay in the grid, big matters stay in the town".
 * From the category's home level, the severity of the report, the grid's routing mode and, later,
 * a holder's explicit escalation.
 */
public final class EscalationPolicy {

    /** Where the level holding a case sends it when it cannot settle it. */
    public Level nextLevel(Level holding, RoutingMode mode) {
        return switch (holding) {
            // Urban grids skip village and town: the county centre dispatches (Nanhe, seed 002).
            case GRID -> mode == RoutingMode.FLAT ? Level.COUNTY : Level.VILLAGE;
            case VILLAGE -> Level.TOWN;
            case TOWN -> Level.COUNTY;
            case COUNTY -> throw new NoLevelAboveException(holding);
        };
    }

    /** The level a case that belongs at {@code wanted} is held at: flat grids have nothing between them and the county. */
    public Level reachable(Level wanted, RoutingMode mode) {
        return mode == RoutingMode.FLAT && wanted != Level.GRID ? Level.COUNTY : wanted;
    }

    /** Where a newly filed case is held, how serious it is, and why it starts above its grid if it does. */
    public Route atFiling(Category category, int peopleInvolved, boolean riskFlag, Placement placement) {
        Category.Assessment assessed = category.assess(peopleInvolved, riskFlag);
        Level wanted = Level.max(category.homeLevel(), assessed.level());
        Placement.Held held = placement.unitAtOrAbove(reachable(wanted, placement.mode()));
        EscalationCause cause = null;
        if (held.level() != Level.GRID) {
            cause = assessed.level().isAbove(category.homeLevel()) ? EscalationCause.SEVERITY : EscalationCause.CATEGORY;
        }
        return new Route(held, assessed.severity(), Optional.ofNullable(cause));
    }

    /** The unit a case held at {@code holding} goes to when it is escalated one step. */
    public Placement.Held escalation(Level holding, Placement placement) {
        Placement.Held target = placement.unitAtOrAbove(nextLevel(holding, placement.mode()));
        if (!target.level().isAbove(holding)) {
            // The territory has nothing above this level (a registry without a county unit).
            throw new NoLevelAboveException(holding);
        }
        return target;
    }

    /** The outcome of routing a new case. */
    public record Route(Placement.Held held, Severity severity, Optional<EscalationCause> cause) {
    }
}
