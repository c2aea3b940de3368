package org.gridgov.gateway.routing;

import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import org.gridgov.gateway.GatewayProblems;
import org.gridgov.gateway.limits.BodyTooLargeException;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.function.HandlerFilterFunction;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Wraps every call to one service: a bulkhead (one slow service cannot hold every request the
 * gateway is serving), a circuit breaker (a failing service is answered for without being called), a
 * retry of idempotent calls whose connection failed, within a per-second budget, and the mapping of
 * each failure to a Problem Details answer that names the service.
 */
final class BackendGuard implements HandlerFilterFunction<ServerResponse, ServerResponse> {

    // Bodies are not buffered, so only methods without one are replayed.
    private static final Set<HttpMethod> REPLAYABLE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final Backend backend;
    private final Duration responseTimeout;
    private final Bulkhead bulkhead;
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;

    BackendGuard(Backend backend, Duration responseTimeout, ResilienceProperties properties,
                 CircuitBreakerRegistry circuitBreakers, BulkheadRegistry bulkheads, RetryRegistry retries) {
        this.backend = backend;
        this.responseTimeout = responseTimeout;
        this.bulkhead = bulkheads.bulkhead(backend.key(), BulkheadConfig.custom()
                .maxConcurrentCalls(properties.maxConcurrentCalls())
                .maxWaitDuration(Duration.ZERO)
                .build());
        this.circuitBreaker = circuitBreakers.circuitBreaker(backend.key(), CircuitBreakerConfig.custom()
                .failureRateThreshold(properties.failureRateThreshold())
                .slidingWindowSize(properties.slidingWindowSize())
                .minimumNumberOfCalls(properties.minimumNumberOfCalls())
                .waitDurationInOpenState(properties.openDuration())
                .recordException(failure -> BackendFailure.of(failure).isServiceFault())
                // A full bulkhead says the service is slow, which the timeouts already count.
                .ignoreExceptions(BulkheadFullException.class)
                .build());
        Bucket budget = Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(Math.max(1, properties.retryBudgetPerSecond()))
                        .refillGreedy(Math.max(1, properties.retryBudgetPerSecond()), Duration.ofSeconds(1)).build())
                .build();
        this.retry = retries.retry(backend.key(), RetryConfig.custom()
                .maxAttempts(Math.max(1, properties.retryAttempts()))
                .waitDuration(properties.retryBackoff())
                .retryOnException(failure -> BackendFailure.of(failure) == BackendFailure.UNREACHABLE
                        && !(failure instanceof CallNotPermittedException) && budget.tryConsume(1))
                .build());
    }

    @Override
    public ServerResponse filter(ServerRequest request, HandlerFunction<ServerResponse> next) throws Exception {
        Supplier<ServerResponse> call = Bulkhead.decorateSupplier(bulkhead, () -> proxy(request, next));
        call = CircuitBreaker.decorateSupplier(circuitBreaker, call);
        if (REPLAYABLE.contains(request.method())) {
            call = Retry.decorateSupplier(retry, call);
        }
        try {
            return call.get();
        } catch (BulkheadFullException busy) {
            return GatewayProblems.response(GatewayProblems.unavailable(backend.service(), "too many calls in flight"),
                    request.path());
        } catch (CallNotPermittedException open) {
            return GatewayProblems.response(GatewayProblems.unavailable(backend.service(), "circuit open"),
                    request.path());
        } catch (RuntimeException failure) {
            return switch (BackendFailure.of(failure)) {
                case UNREACHABLE -> GatewayProblems.response(
                        GatewayProblems.unavailable(backend.service(), "not reachable"), request.path());
                case TIMEOUT -> GatewayProblems.response(
                        GatewayProblems.timeout(backend.service(), responseTimeout), request.path());
                case BODY_TOO_LARGE -> GatewayProblems.response(
                        GatewayProblems.tooLarge(bodyLimit(failure)), request.path());
                case OTHER -> throw failure;
            };
        }
    }

    private static ServerResponse proxy(ServerRequest request, HandlerFunction<ServerResponse> next) {
        try {
            return next.handle(request);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long bodyLimit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return tooLarge.maxBytes();
            }
        }
        return 0;
    }
}
