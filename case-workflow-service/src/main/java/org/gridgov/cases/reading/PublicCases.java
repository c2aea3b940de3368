package org.gridgov.cases.reading;

import java.util.Map;
import java.util.UUID;

import org.gridgov.cases.catalogue.CategoryCatalogue;
import org.gridgov.cases.lifecycle.CaseAction;
import org.gridgov.cases.lifecycle.CaseFile;
import org.gridgov.cases.lifecycle.CaseState;
import org.gridgov.cases.lifecycle.CaseStore;
import org.gridgov.runtime.web.NotFoundException;
import org.springframework.stereotype.Component;

/** Cases as residents reach them: by tracking code only. */
@Component
public class PublicCases {

    private final CaseStore cases;
    private final CategoryCatalogue catalogue;

    PublicCases(CaseStore cases, CategoryCatalogue catalogue) {
        this.cases = cases;
        this.catalogue = catalogue;
    }

    /** @throws NotFoundException for a code that names no case; the answer is the same as for a malformed one */
    public UUID caseIdOf(String trackingCode) {
        return cases.idOfTrackingCode(trackingCode).orElseThrow(() -> new NotFoundException("case with tracking code", "given"));
    }

    public PublicCaseView view(UUID caseId) {
        return view(cases.find(caseId).orElseThrow(() -> new NotFoundException("case", caseId)));
    }

    public PublicCaseView view(CaseFile file) {
        Map<String, String> names = catalogue.find(file.report().category()).map(category -> category.names()).orElse(Map.of());
        var steps = cases.history(file.id()).stream()
                // Supervision, placement and mediation do not move a case; residents see the moves.
                .filter(transition -> transition.action() != CaseAction.SUPERVISE && transition.action() != CaseAction.PLACE
                        && transition.action() != CaseAction.MEDIATE)
                .map(transition -> new PublicCaseView.Step(transition.to(), transition.at()))
                .toList();
        return new PublicCaseView(file.trackingCode(), file.report().category(), names, file.state(), file.level(),
                // A centre's note on a rejection may name people or places: the resident sees its code.
                file.supervised(), file.report().reportedAt(), file.rejectionCode() == null ? file.rejectReason() : null,
                file.rejectionCode(), file.handlingSummary(),
                file.rating(), file.state() == CaseState.CLOSED, steps);
    }
}
