package org.gridgov.disputes.lifecycle;

import java.net.URI;

import org.gridgov.disputes.levels.NoLevelAboveException;
import org.gridgov.disputes.levels.UnknownUnitException;
import org.gridgov.runtime.web.ProblemDetailsAdvice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Dispute mediation's own refusals as Problem Details; service-runtime answers everything else. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DisputeProblems {

    @ExceptionHandler(NoLevelAboveException.class)
    ProblemDetail noLevelAbove(NoLevelAboveException e) {
        ProblemDetail problem = conflict("urn:gridgov:problem:no-level-above", "No mediation level above", e.getMessage());
        problem.setProperty("level", e.level().name());
        return problem;
    }

    @ExceptionHandler(UnknownUnitException.class)
    ProblemDetail unknownUnit(UnknownUnitException e) {
        ProblemDetail problem = conflict("urn:gridgov:problem:unknown-unit", "Unit not in the registry", e.getMessage());
        problem.setProperty("gridCode", e.gridCode());
        problem.setProperty("level", e.level().name());
        return problem;
    }

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalidRequest(InvalidRequestException e) {
        return ProblemDetailsAdvice.invalid(e.errors());
    }

    private static ProblemDetail conflict(String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
        problem.setType(URI.create(type));
        problem.setTitle(title);
        return problem;
    }
}
