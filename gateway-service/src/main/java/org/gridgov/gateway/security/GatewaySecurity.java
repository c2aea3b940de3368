package org.gridgov.gateway.security;

import java.util.List;

import org.gridgov.gateway.limits.LimitProperties;
import org.gridgov.gateway.limits.LimitsConfiguration;
import org.gridgov.gateway.limits.RateLimitBuckets;
import org.gridgov.runtime.web.SecurityProblems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The gateway's own filter chain (it replaces service-runtime's): anonymous callers reach only
 * the residents' public API, the documentation and health; everything else needs a valid token,
 * which is relayed to the service unchanged in {@code Authorization} (the service validates it
 * again and applies roles and territory). Rate limits run right after the token is validated.
 * Tokens are checked by service-runtime's decoder, as in every service: the configured issuer,
 * {@code exp} and {@code aud} required; without an issuer the gateway does not start, unless
 * {@code gridgov.security.development} is switched on.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurity {

    private static final String[] OPEN = {"/api/public/**", "/api/categories", "/api/categories/**", "/api/docs", "/api/docs/**", "/api/asyncapi.yaml", "/schemas/**",
            "/api/swagger-ui/**", "/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**", "/actuator/health/**", "/actuator/info",
            "/actuator/prometheus", "/error"};

    @Bean
    SecurityFilterChain gatewaySecurityFilterChain(HttpSecurity http, RateLimitBuckets rateLimitBuckets,
                                                   LimitProperties limits, CorsProperties cors,
                                                   JwtDecoder jwtDecoder) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .cors(configurer -> configurer.configurationSource(corsSource(cors)))
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(OPEN).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(jwtDecoder))
                        .authenticationEntryPoint(SecurityProblems.entryPoint())
                        .accessDeniedHandler(SecurityProblems.accessDeniedHandler()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(SecurityProblems.entryPoint())
                        .accessDeniedHandler(SecurityProblems.accessDeniedHandler()))
                .addFilterAfter(LimitsConfiguration.rateLimitFilter(rateLimitBuckets, limits),
                        BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    private static CorsConfigurationSource corsSource(CorsProperties properties) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        List<String> origins = properties.allowedOrigins().stream().filter(origin -> !origin.isBlank()).toList();
        if (!origins.isEmpty()) {
            CorsConfiguration configuration = new CorsConfiguration();
            configuration.setAllowedOrigins(origins);
            configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
            configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-Request-Id", "traceparent"));
            configuration.setExposedHeaders(List.of("X-Request-Id", "traceparent", "Retry-After", "Location",
                    "X-RateLimit-Remaining"));
            configuration.setMaxAge(properties.maxAge());
            source.registerCorsConfiguration("/api/**", configuration);
        }
        return source;
    }
}
