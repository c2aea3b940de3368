package org.gridgov.notifications.webhook;

import java.net.URI;
import java.util.List;

import org.gridgov.runtime.web.FieldError;
import org.gridgov.runtime.web.ProblemDetailsAdvice;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebhookProblems {

    @ExceptionHandler(DeliveryPendingException.class)
    ProblemDetail pending(DeliveryPendingException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(URI.create("urn:gridgov:problem:delivery-pending"));
        problem.setTitle("Delivery still pending");
        problem.setProperty("deliveryId", e.deliveryId());
        return problem;
    }

    @ExceptionHandler(PlainHttpRefusedException.class)
    ProblemDetail plainHttp(PlainHttpRefusedException e) {
        return ProblemDetailsAdvice.invalid(List.of(new FieldError("url", e.getMessage())));
    }
}
