package org.gridgov.disputes.escalation;

import java.time.Instant;

import org.gridgov.disputes.levels.Level;
import org.gridgov.disputes.levels.LevelRuleTable;
import org.gridgov.disputes.levels.Placement;
import org.gridgov.disputes.lifecycle.Dispute;
import org.gridgov.disputes.lifecycle.DisputeState;

/**
 * What a level's time limit running out does to a dispute still being mediated there: it climbs one
 * level, "what the village cannot settle goes to the town" (Nanhe, seed 002); at the county nothing is
 * above, so the overrun is noted for the conflict-mediation centre instead.
 *
 * <p>Each deadline has one consequence. The level the dispute climbs to gets its whole time limit from
 * the moment the dispute arrives, so a deadline missed long ago (the service was down) moves the
 * dispute one level, not through every level whose time would also have run out meanwhile; a noted
 * overrun is not noted again until the dispute moves or reopens with a new deadline.
 */
final class OverdueRule {

    private final LevelRuleTable levels;

    OverdueRule(LevelRuleTable levels) {
        this.levels = levels;
    }

    Consequence consequence(Dispute dispute, Instant now) {
        if (dispute.state() != DisputeState.OPEN || now.isBefore(dispute.dueAt()) || dispute.overdueNotedAt() != null) {
            return new NotDue();
        }
        if (dispute.level() == Level.COUNTY) {
            return new NoteAtTheTop();
        }
        return new Climb(levels.above(dispute.level(), dispute.type()));
    }

    sealed interface Consequence {
    }

    /** Not open, not yet due, or its overrun already noted. */
    record NotDue() implements Consequence {
    }

    /** One level up (with the county's room for its type when that is the county). */
    record Climb(Placement to) implements Consequence {
    }

    /** Overdue at the county: noted, not escalated. */
    record NoteAtTheTop() implements Consequence {
    }
}
