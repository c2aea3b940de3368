package org.gridgov.gateway.limits;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gridgov.gateway.GatewayProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A token bucket per client on the API, chosen by {@link BucketChoice}. Runs after the token was
 * validated, so an account is only ever the subject of a genuine token, and after Tomcat's
 * {@code RemoteIpValve}, so the remote address is the client's, not the ingress's. The buckets live
 * in {@link RateLimitBuckets}.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

    static final String REMAINING = "X-RateLimit-Remaining";

    private final RateLimitBuckets buckets;
    private final Map<BucketChoice.Tier, BucketConfiguration> limits = new EnumMap<>(BucketChoice.Tier.class);

    RateLimitFilter(RateLimitBuckets buckets, LimitProperties properties) {
        this.buckets = buckets;
        limits.put(BucketChoice.Tier.PER_USER, configuration(properties.perUser()));
        limits.put(BucketChoice.Tier.PER_ADDRESS, configuration(properties.perAddress()));
        limits.put(BucketChoice.Tier.PUBLIC_PATHS, configuration(properties.publicPaths()));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !path.startsWith("/api/") || path.startsWith("/api/docs") || path.startsWith("/api/swagger-ui/")
                || path.equals("/api/asyncapi.yaml");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        BucketChoice.Bucket bucket = BucketChoice.of(request.getRequestURI(), request.getMethod(), account(),
                request.getRemoteAddr());
        Optional<ConsumptionProbe> taken = buckets.tryConsume(bucket, limits.get(bucket.tier()));
        HttpHeaders headers = new HttpHeaders();
        if (taken.isEmpty()) {
            long retryAfter = RateLimitBuckets.OPEN_DURATION.toSeconds();
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
            GatewayProblems.write(response, GatewayProblems.limitsUnavailable(retryAfter), request.getRequestURI(), headers);
            return;
        }
        ConsumptionProbe probe = taken.get();
        if (probe.isConsumed()) {
            response.setHeader(REMAINING, Long.toString(probe.getRemainingTokens()));
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        headers.set(REMAINING, "0");
        GatewayProblems.write(response, GatewayProblems.rateLimited(retryAfter), request.getRequestURI(), headers);
    }

    private static String account() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication instanceof JwtAuthenticationToken token ? token.getName() : null;
    }

    private static BucketConfiguration configuration(LimitProperties.Tier tier) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(tier.capacity()).refillGreedy(tier.capacity(), tier.period()).build())
                .build();
    }
}
