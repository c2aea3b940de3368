package org.gridgov.gateway.observability;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an {@code X-Request-Id} (the caller's, if it sent a sensible one), passes it
 * on to the service and returns it, together with the W3C {@code traceparent} of the gateway's span,
 * so a caller can quote either when something went wrong. The trace context itself is continued
 * and passed on by Micrometer Tracing.
 */
final class RequestIdFilter extends OncePerRequestFilter {

    static final String REQUEST_ID = "X-Request-Id";
    // Anything else (too long, odd characters) is replaced: it ends up in every log line.
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    // Looked up once: a lookup by type on every request was a twentieth of the gateway's CPU.
    private final SingletonSupplier<Tracer> tracer;

    RequestIdFilter(ObjectProvider<Tracer> tracer) {
        this.tracer = SingletonSupplier.of(tracer::getIfAvailable);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String sent = request.getHeader(REQUEST_ID);
        String requestId = sent != null && ACCEPTABLE.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
        response.setHeader(REQUEST_ID, requestId);
        Tracer current = tracer.get();
        Span span = current == null ? null : current.currentSpan();
        if (span != null) {
            response.setHeader("traceparent", "00-" + span.context().traceId() + "-" + span.context().spanId()
                    + (Boolean.TRUE.equals(span.context().sampled()) ? "-01" : "-00"));
        }
        MDC.put("request.id", requestId);
        try {
            chain.doFilter(new WithRequestId(request, requestId), response);
        } finally {
            MDC.remove("request.id");
        }
    }

    /** The request as the service sees it: with the request id, whatever the caller sent. */
    private static final class WithRequestId extends HttpServletRequestWrapper {

        private final String requestId;

        WithRequestId(HttpServletRequest request, String requestId) {
            super(request);
            this.requestId = requestId;
        }

        @Override
        public String getHeader(String name) {
            return REQUEST_ID.equalsIgnoreCase(name) ? requestId : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return REQUEST_ID.equalsIgnoreCase(name) ? Collections.enumeration(Set.of(requestId)) : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            Set<String> names = new LinkedHashSet<>(Collections.list(super.getHeaderNames()));
            names.removeIf(REQUEST_ID::equalsIgnoreCase);
            names.add(REQUEST_ID);
            return Collections.enumeration(names);
        }
    }
}
