package org.gridgov.gateway.limits;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Where the rate-limit buckets live. By default in this replica's memory (Caffeine, bounded, a
 * bucket forgotten once it would be full again); a {@code ProxyManager<String>} bean of a shared
 * store (any of bucket4j's: Redis, JCache, PostgreSQL) replaces it, and then the limits hold across
 * replicas.
 */
@Configuration(proxyBeanMethods = false)
public class LimitsConfiguration {

    @Bean
    @ConditionalOnMissingBean(ProxyManager.class)
    ProxyManager<String> rateLimitBuckets(LimitProperties properties) {
        return Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(properties.idleBuckets()))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
    }

    /** Built here, not a bean: it runs inside the security filter chain, after token validation. */
    public static RateLimitFilter rateLimitFilter(ProxyManager<String> buckets, LimitProperties properties) {
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
