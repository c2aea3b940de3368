package org.gridgov.cases.contacts;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The reporter contact's own answers as RFC 9457 Problem Details. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContactProblems {

    /**
     * 404, not 410: the one reader of this endpoint (notification-service) takes 404 as "nobody to tell",
     * which is right for an erased contact too, while a 410 would reach it as an unknown failure, retried
     * on its delivery schedule and counted against its circuit to this service. The type and
     * {@code erasedAt} tell an erased contact from one never left.
     */
    @ExceptionHandler(ReporterContactErasedException.class)
    ProblemDetail erased(ReporterContactErasedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "the reporter's contact was erased when its retention ran out after the case ended");
        problem.setType(URI.create("urn:gridgov:problem:reporter-contact-erased"));
        problem.setTitle("Reporter contact erased");
        problem.setProperty("erasedAt", e.erasedAt());
        return problem;
    }
}
