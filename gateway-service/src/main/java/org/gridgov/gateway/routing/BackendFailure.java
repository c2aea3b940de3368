package org.gridgov.gateway.routing;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

import org.gridgov.gateway.limits.BodyTooLargeException;

/** What went wrong when a call to a service failed, judged from the exception it left. */
enum BackendFailure {
    /** Refused, unknown host, connect timeout, connection lost: the service is not there (503). */
    UNREACHABLE,
    /** Connected, but no response within the route's time limit (504). */
    TIMEOUT,
    /** The caller's body passed the limit while it was streamed on (413); not the service's fault. */
    BODY_TOO_LARGE,
    /** Anything else: a fault of the gateway, not of the service. */
    OTHER;

    static BackendFailure of(Throwable failure) {
        boolean io = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException) {
                return BODY_TOO_LARGE;
            }
            // A connect timeout is an HttpTimeoutException too, but means the service is not there.
            if (cause instanceof HttpConnectTimeoutException || cause instanceof ConnectException
                    || cause instanceof UnknownHostException || cause instanceof NoRouteToHostException) {
                return UNREACHABLE;
            }
            if (cause instanceof HttpTimeoutException || cause instanceof SocketTimeoutException) {
                return TIMEOUT;
            }
            io |= cause instanceof IOException;
        }
        return io ? UNREACHABLE : OTHER;
    }

    /** Whether the failure says something about the service's health (the circuit breaker counts these). */
    boolean isServiceFault() {
        return this == UNREACHABLE || this == TIMEOUT;
    }
}
