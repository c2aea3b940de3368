package org.gridgov.runtime.web;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A unique key that a concurrent request took between a service's check and its insert (two equal
 * subscriptions sent at once, say) is a 409 the caller can act on, not a 500. A service that can
 * tell the caller more maps the case itself. Apart from {@link ProblemDetailsAdvice} because the
 * gateway has no data access classes, and before it, whose catch-all would answer first.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
public class ConcurrentChangeAdvice {

    public static final URI CONFLICT = URI.create("urn:gridgov:problem:conflict");

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The request conflicts with one made at the same time; read the current state and try again.");
        problem.setType(CONFLICT);
        problem.setTitle("Conflict");
        return problem;
    }
}
