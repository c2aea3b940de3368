package org.gridgov.gateway.routing;

import org.gridgov.gateway.GatewayProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The gateway's own 404, for a path that no route (and no page of the gateway) answers. A service's
 * 404 comes back through its route unchanged; this one has a type of its own, so a caller or a check
 * can tell "the gateway does not route this" from "the service has no such thing".
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class NoRouteAdvice {

    // Spring MVC ends a request no handler took at its static-resource handler, which throws the first.
    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ProblemDetail noRoute() {
        return GatewayProblems.noRoute();
    }
}
