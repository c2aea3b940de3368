package org.gridgov.cases.duplicates;

import static org.gridgov.runtime.security.Role.COMMAND_CENTRE;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.gridgov.cases.catalogue.Category;
import org.gridgov.cases.lifecycle.Actor;
import org.gridgov.cases.lifecycle.CaseAccess;
import org.gridgov.cases.lifecycle.CaseAction;
import org.gridgov.cases.lifecycle.CaseChanges;
import org.gridgov.cases.lifecycle.CaseFile;
import org.gridgov.cases.reading.CaseView;
import org.gridgov.cases.routing.CaseRouting;
import org.gridgov.cases.routing.UnitDirectory;
import org.gridgov.runtime.security.AllowedRoles;
import org.gridgov.runtime.security.Caller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Duplicates")
class DuplicateController {

    private final CaseChanges changes;
    private final UnitDirectory units;
    private final CaseRouting routing;

    DuplicateController(CaseChanges changes, UnitDirectory units, CaseRouting routing) {
        this.changes = changes;
        this.units = units;
        this.routing = routing;
    }

    @PostMapping("/api/cases/{caseId}/unlink")
    @AllowedRoles(COMMAND_CENTRE)
    @Operation(summary = "Separate a report linked as a duplicate from the case it was taken to repeat: "
            + "it is filed and routed as a case of its own")
    CaseView unlink(@PathVariable UUID caseId) {
        Caller caller = Caller.current();
        return CaseView.of(changes.apply(caseId, (file, moment) -> {
            CaseAccess.of(caller).requireOnSite(file);
            file.requireAllowed(CaseAction.UNLINK);
            Actor actor = Actor.of(caller);
            file.unlink(actor, moment.now());
            return fileAgain(file, moment.category(), actor, moment.now());
        }));
    }

    /** Routed as at intake: in its grid, or at the county centre when it has none (or its grid is gone). */
    private List<Object> fileAgain(CaseFile file, Category category, Actor actor, Instant now) {
        return switch (units.place(file.gridCode())) {
            case UnitDirectory.Lookup.Placed placed -> routing.route(file, category, placed.placement(), actor, now);
            case UnitDirectory.Lookup.Refused refused ->
                    routing.fileUnplaced(file, category, file.gridCode().substring(0, 6), actor, now);
        };
    }
}
