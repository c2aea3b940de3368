package org.gridgov.runtime.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem Details for requests refused by the security filters, before any controller runs:
 * 401 without a valid token, 403 for a role that may not call the endpoint.
 */
public final class SecurityProblems {

    public static final URI UNAUTHORIZED = URI.create("urn:gridgov:problem:unauthorized");
    // The mixin Spring MVC applies to the problems a handler returns: properties at the top level, as
    // RFC 9457 has them (e.g. the gateway's maxBytes and retryAfterSeconds), and no null members.
    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
            .build();

    private SecurityProblems() {
    }

    public static ProblemDetail unauthorized() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                "A valid bearer token is required.");
        problem.setType(UNAUTHORIZED);
        problem.setTitle("Unauthorized");
        return problem;
    }

    public static ProblemDetail forbidden() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "Your role or territory does not allow this.");
        problem.setType(ProblemDetailsAdvice.FORBIDDEN);
        problem.setTitle("Forbidden");
        return problem;
    }

    public static AuthenticationEntryPoint entryPoint() {
        return (request, response, failure) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            write(response, unauthorized(), request.getRequestURI());
        };
    }

    public static AccessDeniedHandler accessDeniedHandler() {
        return (request, response, failure) -> write(response, forbidden(), request.getRequestURI());
    }

    private static void write(HttpServletResponse response, ProblemDetail problem, String path) throws IOException {
        write(response, problem, path, HttpHeaders.EMPTY);
    }

    /**
     * Writes a problem from a servlet filter, which runs before any handler (and any advice) could
     * answer; {@code headers} carries e.g. {@code Retry-After}.
     */
    public static void write(HttpServletResponse response, ProblemDetail problem, String path, HttpHeaders headers)
            throws IOException {
        problem.setInstance(URI.create(path));
        response.setStatus(problem.getStatus());
        headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
