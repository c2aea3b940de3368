package org.gridgov.gateway.limits;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Where the rate-limit buckets live. In this replica's memory (Caffeine, bounded, a bucket forgotten
 * once it would be full again) with {@code gridgov.gateway.limits.store=local}; in PostgreSQL, shared
 * by every replica, with {@code postgresql} ({@link SharedBuckets}), the memory's buckets then standing
 * in while PostgreSQL cannot answer.
 */
@Configuration(proxyBeanMethods = false)
public class LimitsConfiguration {

    /** A bucket is forgotten this long after it would be full again, in memory and in PostgreSQL. */
    static final ExpirationAfterWriteStrategy EXPIRY =
            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10));

    @Bean
    RateLimitBuckets rateLimitBuckets(LimitProperties properties, ObjectProvider<SharedBuckets.Store> shared,
                                      CircuitBreakerRegistry circuitBreakers) {
        ProxyManager<String> local = Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(properties.idleBuckets()))
                .expirationAfterWrite(EXPIRY)
                .build();
        SharedBuckets.Store store = shared.getIfAvailable();
        return store == null
                ? RateLimitBuckets.local(local)
                : RateLimitBuckets.shared(store.buckets(), local, properties.storeTimeout(), circuitBreakers);
    }

    /** Built here, not a bean: it runs inside the security filter chain, after token validation. */
    public static RateLimitFilter rateLimitFilter(RateLimitBuckets buckets, LimitProperties properties) {
        return new RateLimitFilter(buckets, properties);
    }

    @Bean
    FilterRegistrationBean<BodySizeFilter> bodySizeFilter(LimitProperties properties) {
        FilterRegistrationBean<BodySizeFilter> registration =
                new FilterRegistrationBean<>(new BodySizeFilter(BodySizes.of(properties)));
        // After the request id and access log, before security: an oversized body costs nothing more.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
