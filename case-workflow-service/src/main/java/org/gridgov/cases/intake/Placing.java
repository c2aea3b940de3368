package org.gridgov.cases.intake;

import org.gridgov.cases.routing.Placement;

/** Where intake found a report belongs, before it is filed. */
sealed interface Placing {

    /** In a grid of the territory. */
    record InGrid(Placement placement) implements Placing {
    }

    /** Nowhere yet: the county command centre places it by hand. */
    record Unplaced(String why) implements Placing {
    }

    /** Not a case this territory can take (unknown category, a grid that is not ours, outside every grid). */
    record Refused(String reason) implements Placing {
    }
}
