package org.gridgov.cases.lifecycle;

import java.net.URI;

import org.gridgov.cases.routing.NoLevelAboveException;
import org.gridgov.cases.routing.TerritoryUnavailableException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The loop's own refusals as RFC 9457 Problem Details; service-runtime maps the rest. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseProblems {

    @ExceptionHandler(IllegalTransitionException.class)
    ProblemDetail illegalTransition(IllegalTransitionException e) {
        ProblemDetail problem = conflict(e, "Action not allowed in this state");
        problem.setProperty("state", e.state());
        problem.setProperty("action", e.action());
        return problem;
    }

    @ExceptionHandler(CaseInMediationException.class)
    ProblemDetail inMediation(CaseInMediationException e) {
        ProblemDetail problem = conflict(e, "Case in mediation");
        problem.setProperty("state", e.state());
        problem.setProperty("action", e.action());
        problem.setProperty("disputeId", e.disputeId());
        return problem;
    }

    @ExceptionHandler(NoLevelAboveException.class)
    ProblemDetail noLevelAbove(NoLevelAboveException e) {
        ProblemDetail problem = conflict(e, "No level above");
        problem.setProperty("level", e.level());
        return problem;
    }

    @ExceptionHandler(CaseRuleException.class)
    ProblemDetail ruleViolation(CaseRuleException e) {
        return conflict(e, "Refused by the rules of the case loop");
    }

    @ExceptionHandler(TerritoryUnavailableException.class)
    ProblemDetail territoryUnavailable(TerritoryUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setType(URI.create("urn:gridgov:problem:territory-unavailable"));
        problem.setTitle("Territory not loaded yet");
        return problem;
    }

    private static ProblemDetail conflict(CaseRuleException e, String title) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("urn:gridgov:problem:" + e.slug()));
        problem.setTitle(title);
        return problem;
    }
}
