package org.gridgov.registry.unit;

import org.gridgov.runtime.web.ProblemDetailsAdvice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The registry's own refusals as Problem Details: drafts checked by the registry's rules rather
 * than by bean validation (a 400 listing every field, or every feature of an import). Rule
 * violations (409) are service-runtime's {@code RuleViolation}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistryProblems {

    @ExceptionHandler(InvalidDraftsException.class)
    ProblemDetail invalidDrafts(InvalidDraftsException e) {
        return ProblemDetailsAdvice.invalid(e.errors());
    }
}
