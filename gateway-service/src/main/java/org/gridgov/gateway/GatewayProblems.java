package org.gridgov.gateway;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.function.ServerResponse;
import org.gridgov.runtime.web.SecurityProblems;

/**
 * The Problem Details the gateway answers by itself, before or instead of a service: a service that
 * cannot be reached or answers too late, a body too large, a client over its rate limit or whose
 * limit cannot be checked, a path no route leads to.
 */
public final class GatewayProblems {

    public static final URI UNAVAILABLE = URI.create("urn:gridgov:problem:service-unavailable");
    public static final URI TIMEOUT = URI.create("urn:gridgov:problem:service-timeout");
    public static final URI TOO_LARGE = URI.create("urn:gridgov:problem:body-too-large");
    public static final URI RATE_LIMITED = URI.create("urn:gridgov:problem:rate-limited");
    public static final URI LIMITS_UNAVAILABLE = URI.create("urn:gridgov:problem:rate-limits-unavailable");
    public static final URI NO_ROUTE = URI.create("urn:gridgov:problem:no-route");

    private GatewayProblems() {
    }

    public static ProblemDetail unavailable(String service, String reason) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, UNAVAILABLE, "Service unavailable",
                "The " + service + " service is unavailable (" + reason + "); try again shortly.");
        problem.setProperty("service", service);
        return problem;
    }

    public static ProblemDetail timeout(String service, Duration limit) {
        ProblemDetail problem = problem(HttpStatus.GATEWAY_TIMEOUT, TIMEOUT, "Service timeout",
                "The " + service + " service did not answer within " + limit.toMillis() + " ms.");
        problem.setProperty("service", service);
        return problem;
    }

    public static ProblemDetail tooLarge(long maxBytes) {
        ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, TOO_LARGE, "Request body too large",
                "The request body is larger than " + maxBytes + " bytes.");
        problem.setProperty("maxBytes", maxBytes);
        return problem;
    }

    public static ProblemDetail rateLimited(long retryAfterSeconds) {
        ProblemDetail problem = problem(HttpStatus.TOO_MANY_REQUESTS, RATE_LIMITED, "Too many requests",
                "Too many requests; retry after " + retryAfterSeconds + " s.");
        problem.setProperty("retryAfterSeconds", retryAfterSeconds);
        return problem;
    }

    /** An anonymous change while the shared rate limits cannot be checked (limits.BucketChoice says why). */
    public static ProblemDetail limitsUnavailable(long retryAfterSeconds) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, LIMITS_UNAVAILABLE, "Rate limits unavailable",
                "Requests without a token that change data are paused while the rate limits cannot be checked; "
                        + "retry after " + retryAfterSeconds + " s.");
        problem.setProperty("retryAfterSeconds", retryAfterSeconds);
        return problem;
    }

    public static ProblemDetail noRoute() {
        return problem(HttpStatus.NOT_FOUND, NO_ROUTE, "No route",
                "No route of the gateway leads to this path; no service was called.");
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    /** The problem as the answer of a route. */
    public static ServerResponse response(ProblemDetail problem, String path) {
        problem.setInstance(URI.create(path));
        return ServerResponse.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The problem written by a servlet filter, which runs before any handler could answer. */
    public static void write(HttpServletResponse response, ProblemDetail problem, String path, HttpHeaders headers)
            throws IOException {
        SecurityProblems.write(response, problem, path, headers);
    }
}
