package org.gridgov.gateway.limits;

import java.io.IOException;
import java.util.Collections;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
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
 * A token bucket per client on the API: per account for a valid token, per client address for
 * anonymous callers, and a stricter one per address on {@code /api/public/**}. Runs after the token
 * was validated, so an account is only ever the subject of a genuine token. The buckets live in
 * the {@link ProxyManager}: in memory per replica, or in a shared store when one is configured.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

    static final String REMAINING = "X-RateLimit-Remaining";

    private final ProxyManager<String> buckets;
    private final ClientAddress clientAddress;
    private final BucketConfiguration perUser;
    private final BucketConfiguration perAddress;
    private final BucketConfiguration publicPaths;

    RateLimitFilter(ProxyManager<String> buckets, LimitProperties properties) {
        this.buckets = buckets;
        this.clientAddress = new ClientAddress(properties.trustedProxies());
        this.perUser = configuration(properties.perUser());
        this.perAddress = configuration(properties.perAddress());
        this.publicPaths = configuration(properties.publicPaths());
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
        String address = clientAddress.of(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
        String account = account();
        String key;
        BucketConfiguration limit;
        if (request.getRequestURI().startsWith("/api/public/")) {
            key = "public:" + address;
            limit = publicPaths;
        } else if (account != null) {
            key = "user:" + account;
            limit = perUser;
        } else {
            key = "address:" + address;
            limit = perAddress;
        }
        ConsumptionProbe probe = buckets.builder().build(key, () -> limit).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            response.setHeader(REMAINING, Long.toString(probe.getRemainingTokens()));
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        HttpHeaders headers = new HttpHeaders();
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
