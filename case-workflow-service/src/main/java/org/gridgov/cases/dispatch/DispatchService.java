package org.gridgov.cases.dispatch;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.gridgov.cases.deadline.Stage;
import org.gridgov.cases.lifecycle.Actor;
import org.gridgov.cases.lifecycle.CaseAccess;
import org.gridgov.cases.lifecycle.CaseAction;
import org.gridgov.cases.lifecycle.CaseChanges;
import org.gridgov.cases.lifecycle.CaseFile;
import org.gridgov.cases.lifecycle.CaseRuleException;
import org.gridgov.cases.lifecycle.CaseStore;
import org.gridgov.events.cases.DepartmentFeedback;
import org.gridgov.runtime.messaging.ProcessedEvents;
import org.gridgov.runtime.security.Caller;
import org.gridgov.runtime.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sending a case to a department (事件派遣), and the department's answer (处置反馈), by REST or Kafka alike. */
@Service
class DispatchService {

    static final String FEEDBACK_CONSUMER = "case-workflow.feedback";

    private final CaseChanges changes;
    private final CaseStore cases;
    private final ProcessedEvents processedEvents;

    DispatchService(CaseChanges changes, CaseStore cases, ProcessedEvents processedEvents) {
        this.changes = changes;
        this.cases = cases;
        this.processedEvents = processedEvents;
    }

    /** The holder hands the case to a department; without one named, to its category's default department. */
    CaseFile dispatch(UUID caseId, String departmentCode, String instructions, Caller caller) {
        return changes.apply(caseId, (file, moment) -> {
            CaseAccess.of(caller).requireHolder(file);
            file.requireAllowed(CaseAction.DISPATCH);
            String department = departmentCode != null ? departmentCode : moment.category().department();
            return List.of(file.dispatch(department, instructions, moment.due(Stage.DEPARTMENT_HANDLING),
                    Actor.of(caller), moment.now()));
        });
    }

    /**
     * A department's feedback, applied once per {@code eventId} whichever way it came. Feedback that
     * the case is not the department's sends it back to its holder; partial resolution goes to
     * verification like full resolution, and the grid worker judges it on site.
     *
     * @param permit checks the caller of the REST API; feedback from Kafka is trusted to its
     *               department's integration (the topic's ACLs decide who writes it)
     */
    @Transactional
    CaseFile record(String eventId, DepartmentFeedback feedback, Actor actor, Consumer<CaseFile> permit) {
        if (!processedEvents.firstDelivery(FEEDBACK_CONSUMER, eventId)) {
            // Already applied; the caller still sees the case only if they could have sent the feedback.
            CaseFile applied = cases.find(feedback.caseId()).orElseThrow(() -> new NotFoundException("case", feedback.caseId()));
            permit.accept(applied);
            return applied;
        }
        return changes.apply(feedback.caseId(), (file, moment) -> {
            permit.accept(file);
            if (!feedback.departmentCode().equals(file.departmentCode())) {
                throw new CaseRuleException("not-with-department", "Case " + file.id() + " is not with department "
                        + feedback.departmentCode() + ".");
            }
            if (FeedbackOutcome.valueOf(feedback.outcome()) == FeedbackOutcome.NOT_OUR_RESPONSIBILITY) {
                file.requireAllowed(CaseAction.RETURN);
                return List.of(file.returnToHolder(feedback.summary(), moment.due(file.holdingStage()), actor,
                        moment.now()));
            }
            return List.of(file.handledByDepartment(feedback.handlerId(), feedback.summary(),
                    moment.due(Stage.VERIFICATION), actor, moment.now()));
        });
    }
}
