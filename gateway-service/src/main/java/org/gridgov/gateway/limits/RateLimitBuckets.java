package org.gridgov.gateway.limits;

import java.time.Duration;
import java.util.Optional;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the buckets live: this replica's memory, or a store every replica shares, with this replica's
 * own buckets answering while the shared store cannot (as {@link BucketChoice} decides per bucket).
 * The shared store is called through a circuit breaker, {@value #STORE}: once most calls fail or take
 * longer than the store's timeout, requests stop waiting for it for {@link #OPEN_DURATION}, and the
 * store is not loaded further while it recovers.
 */
public final class RateLimitBuckets {

    static final String STORE = "rate-limit-store";
    static final Duration OPEN_DURATION = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(RateLimitBuckets.class);

    private final ProxyManager<String> local;
    private final ProxyManager<String> shared;
    private final CircuitBreaker store;

    private RateLimitBuckets(ProxyManager<String> local, ProxyManager<String> shared, CircuitBreaker store) {
        this.local = local;
        this.shared = shared;
        this.store = store;
    }

    static RateLimitBuckets local(ProxyManager<String> local) {
        return new RateLimitBuckets(local, null, null);
    }

    static RateLimitBuckets shared(ProxyManager<String> shared, ProxyManager<String> local, Duration timeout,
                                   CircuitBreakerRegistry circuitBreakers) {
        CircuitBreaker store = circuitBreakers.circuitBreaker(STORE, CircuitBreakerConfig.custom()
                .failureRateThreshold(50)
                .slowCallRateThreshold(50)
                .slowCallDurationThreshold(timeout)
                .slidingWindowSize(20)
                .minimumNumberOfCalls(10)
                .waitDurationInOpenState(OPEN_DURATION)
                .permittedNumberOfCallsInHalfOpenState(3)
                .build());
        // One line per change of state, never per request, and without the bucket's key: it holds
        // an address or an account.
        store.getEventPublisher().onStateTransition(event ->
                log.warn("shared rate-limit store: {}", event.getStateTransition()));
        return new RateLimitBuckets(local, shared, store);
    }

    /**
     * Takes one token from the bucket; empty when the shared store could not answer and the bucket
     * must not be stood in for.
     */
    Optional<ConsumptionProbe> tryConsume(BucketChoice.Bucket bucket, BucketConfiguration limit) {
        if (shared == null) {
            return Optional.of(consume(local, bucket.key(), limit));
        }
        try {
            return Optional.of(store.executeSupplier(() -> consume(shared, bucket.key(), limit)));
        } catch (RuntimeException unavailable) {
            return switch (bucket.withoutStore()) {
                case THIS_REPLICAS_BUCKET -> Optional.of(consume(local, bucket.key(), limit));
                case REFUSE -> Optional.empty();
            };
        }
    }

    private static ConsumptionProbe consume(ProxyManager<String> buckets, String key, BucketConfiguration limit) {
        return buckets.builder().build(key, () -> limit).tryConsumeAndReturnRemaining(1);
    }
}
