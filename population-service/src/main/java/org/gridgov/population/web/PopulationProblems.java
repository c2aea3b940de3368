package org.gridgov.population.web;

import java.util.List;

import org.gridgov.population.identity.InvalidIdentifierException;
import org.gridgov.population.territory.UnknownGridException;
import org.gridgov.runtime.web.FieldError;
import org.gridgov.runtime.web.ProblemDetailsAdvice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Population's own refusals as Problem Details; the platform's advice answers everything else (rule violations too). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PopulationProblems {

    @ExceptionHandler(InvalidIdentifierException.class)
    ProblemDetail invalidIdentifier(InvalidIdentifierException e) {
        // The message names the rule, never the value: it is safe to return and to log.
        return ProblemDetailsAdvice.invalid(List.of(new FieldError(fieldOf(e.reason()), e.getMessage())));
    }

    @ExceptionHandler(UnknownGridException.class)
    ProblemDetail unknownGrid(UnknownGridException e) {
        return ProblemDetailsAdvice.invalid(List.of(new FieldError("gridCode", e.getMessage())));
    }

    static String fieldOf(String reason) {
        if (reason.startsWith("id-number")) {
            return "idNumber";
        }
        if (reason.startsWith("credit-code")) {
            return "creditCode";
        }
        if (reason.startsWith("phone")) {
            return "phone";
        }
        return reason.startsWith("name") ? "name" : "request";
    }
}
