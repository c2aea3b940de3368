package org.gridgov.cases.deadline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gridgov.cases.lifecycle.Actor;
import org.gridgov.cases.lifecycle.CaseFile;
import org.gridgov.cases.lifecycle.Moment;
import org.gridgov.cases.routing.EscalationCause;
import org.gridgov.cases.routing.EscalationPolicy;
import org.gridgov.cases.routing.NoLevelAboveException;
import org.gridgov.cases.routing.Placement;
import org.gridgov.cases.routing.UnitDirectory;
import org.gridgov.events.cases.CaseOverdue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The change the deadline scheduler makes to a case whose deadline is due: the yellow warning, the
 * overdue, and what the overdue leads to. Warning and overdue are marked on the case in the same
 * transaction as their events, so each fires once per deadline, and the automatic escalation that
 * follows an overdue happens once per deadline too (a case cannot bounce).
 */
@Component
class DeadlineEnforcement {

    private static final Logger log = LoggerFactory.getLogger(DeadlineEnforcement.class);

    private final OverdueRule rule = new OverdueRule();
    private final EscalationPolicy policy = new EscalationPolicy();
    private final UnitDirectory units;

    DeadlineEnforcement(UnitDirectory units) {
        this.units = units;
    }

    List<Object> fire(CaseFile file, Moment moment) {
        Instant now = moment.now();
        List<Object> events = new ArrayList<>();
        file.warnIfDue(now).ifPresent(events::add);
        Optional<CaseOverdue> overdue = file.overdueIfDue(now);
        if (overdue.isEmpty()) {
            return events;
        }
        events.add(overdue.get());
        if (rule.after(file.stage(), file.state(), file.level(), file.awaitingPlacement()) == OverdueRule.Consequence.ESCALATE) {
            escalationOf(file).ifPresent(target -> events.add(file.escalate(target, EscalationCause.OVERDUE, null,
                    moment.due(Stage.LEVEL_HANDLING), Actor.ROUTING, now)));
        }
        return events;
    }

    private Optional<Placement.Held> escalationOf(CaseFile file) {
        return switch (units.place(file.gridCode())) {
            case UnitDirectory.Lookup.Placed placed -> {
                try {
                    yield Optional.of(policy.escalation(file.level(), placed.placement()));
                } catch (NoLevelAboveException top) {
                    yield Optional.empty();
                }
            }
            case UnitDirectory.Lookup.Refused refused -> {
                // Its grid left the territory since: the overdue tells the holder, who moves it by hand.
                log.warn("Overdue case {} stays where it is: {}", file.id(), refused.reason());
                yield Optional.empty();
            }
        };
    }
}
