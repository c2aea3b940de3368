package org.gridgov.cases.reopening;

import java.util.List;
import java.util.UUID;

import org.gridgov.cases.lifecycle.Actor;
import org.gridgov.cases.lifecycle.CaseAccess;
import org.gridgov.cases.lifecycle.CaseAction;
import org.gridgov.cases.lifecycle.CaseChanges;
import org.gridgov.cases.lifecycle.CaseFile;
import org.gridgov.cases.lifecycle.ReopenCause;
import org.gridgov.runtime.security.Caller;
import org.springframework.stereotype.Service;

/**
 * A closed case whose problem is back, or was never gone, returns to whoever handled it (返工): the
 * department it was dispatched to, or the grid worker or level that settled it. A command centre
 * governing the unit holding it, or the department, sends it back; the resident does so by a low
 * rating (see the evaluation).
 */
@Service
class ReopenService {

    private final CaseChanges changes;

    ReopenService(CaseChanges changes) {
        this.changes = changes;
    }

    CaseFile reopen(UUID caseId, String reason, Caller caller) {
        return changes.apply(caseId, (file, moment) -> {
            ReopenCause cause = CaseAccess.of(caller).requireMayReopen(file);
            file.requireAllowed(CaseAction.REOPEN);
            return List.of(file.reopen(cause, reason, moment.due(file.reworkStage()), Actor.of(caller), moment.now()));
        });
    }
}
