package org.gridgov.cases.routing;

import java.util.List;
import java.util.UUID;

import org.gridgov.cases.deadline.Stage;
import org.gridgov.cases.lifecycle.Actor;
import org.gridgov.cases.lifecycle.CaseAccess;
import org.gridgov.cases.lifecycle.CaseAction;
import org.gridgov.cases.lifecycle.CaseChanges;
import org.gridgov.cases.lifecycle.CaseFile;
import org.gridgov.cases.lifecycle.CaseRuleException;
import org.gridgov.runtime.security.Caller;
import org.springframework.stereotype.Service;

/** Explicit escalation by the holder, and manual placement of cases intake could not place. */
@Service
class EscalationService {

    private final EscalationPolicy policy = new EscalationPolicy();
    private final CaseChanges changes;
    private final UnitDirectory units;
    private final CaseRouting routing;

    EscalationService(CaseChanges changes, UnitDirectory units, CaseRouting routing) {
        this.changes = changes;
        this.units = units;
        this.routing = routing;
    }

    CaseFile escalate(UUID caseId, String reason, Caller caller) {
        return changes.apply(caseId, (file, moment) -> {
            CaseAccess.of(caller).requireHolder(file);
            file.requireAllowed(CaseAction.ESCALATE);
            if (file.level() == Level.COUNTY) {
                // Before any lookup: a case the county holds may not even have a grid yet.
                throw new NoLevelAboveException(Level.COUNTY);
            }
            Placement.Held target = policy.escalation(file.level(), placementOf(file.gridCode()));
            return List.of(file.escalate(target, EscalationCause.EXPLICIT, reason, moment.due(Stage.LEVEL_HANDLING),
                    Actor.of(caller), moment.now()));
        });
    }

    CaseFile place(UUID caseId, String gridCode, Caller caller) {
        return changes.apply(caseId, (file, moment) -> {
            CaseAccess.of(caller).requireHolder(file);
            file.requireAllowed(CaseAction.PLACE);
            return routing.route(file, moment.category(), placementOf(gridCode), Actor.of(caller), moment.now());
        });
    }

    private Placement placementOf(String gridCode) {
        return switch (units.place(gridCode)) {
            case UnitDirectory.Lookup.Placed placed -> placed.placement();
            case UnitDirectory.Lookup.Refused refused ->
                    throw new CaseRuleException("not-a-grid", "Cannot route: " + refused.reason() + ".");
        };
    }
}
