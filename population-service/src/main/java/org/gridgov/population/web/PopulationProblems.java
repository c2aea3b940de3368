package org.gridgov.population.web;

import java.net.URI;
import java.util.List;

import org.gridgov.population.identity.InvalidIdentifierException;
import org.gridgov.population.protection.DisclosureLimitExceededException;
import org.gridgov.population.protection.InvalidPurposeException;
import org.gridgov.population.territory.UnknownGridException;
import org.gridgov.runtime.web.FieldError;
import org.gridgov.runtime.web.ProblemDetailsAdvice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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

    @ExceptionHandler(InvalidPurposeException.class)
    ProblemDetail invalidPurpose(InvalidPurposeException e) {
        return ProblemDetailsAdvice.invalid(List.of(new FieldError("purpose", e.getMessage())));
    }

    @ExceptionHandler(DisclosureLimitExceededException.class)
    ResponseEntity<ProblemDetail> disclosureLimit(DisclosureLimitExceededException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        problem.setType(URI.create("urn:gridgov:problem:disclosure-limit"));
        problem.setTitle("Too many people read in full");
        problem.setProperty("people", e.people());
        problem.setProperty("window", e.window().toString());
        problem.setProperty("retryAfterSeconds", e.retryAfter().toSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfter().toSeconds()))
                .body(problem);
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
