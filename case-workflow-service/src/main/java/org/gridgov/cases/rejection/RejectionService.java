package org.gridgov.cases.rejection;

import java.util.List;
import java.util.UUID;

import org.gridgov.cases.lifecycle.Actor;
import org.gridgov.cases.lifecycle.CaseAccess;
import org.gridgov.cases.lifecycle.CaseAction;
import org.gridgov.cases.lifecycle.CaseChanges;
import org.gridgov.cases.lifecycle.CaseFile;
import org.gridgov.cases.lifecycle.RejectionReason;
import org.gridgov.runtime.security.Caller;
import org.springframework.stereotype.Service;

/**
 * A command centre rejects a filed case (不予受理) while it is still with the grid or a level: filed,
 * assigned or escalated. Once a department has it, the department returns it instead; once handled,
 * it goes through verification.
 */
@Service
class RejectionService {

    private final CaseChanges changes;

    RejectionService(CaseChanges changes) {
        this.changes = changes;
    }

    CaseFile reject(UUID caseId, RejectionReason reason, String note, Caller caller) {
        return changes.apply(caseId, (file, moment) -> {
            CaseAccess.of(caller).requireHolder(file);
            file.requireAllowed(CaseAction.REJECT);
            return List.of(file.rejectAsOperator(reason, note.strip(), Actor.of(caller), moment.now()));
        });
    }
}
