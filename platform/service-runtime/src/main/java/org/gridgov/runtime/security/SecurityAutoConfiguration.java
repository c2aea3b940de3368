package org.gridgov.runtime.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.core.Authentication;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.gridgov.runtime.web.SecurityProblems;

/**
 * Every service is an OAuth2 resource server: it validates the bearer token itself (the gateway
 * did too, but a service never trusts the network), takes roles from the {@code roles} claim and
 * opens to anonymous callers only health, metrics, API documentation and the paths it names in
 * {@code gridgov.security.public-paths}. A token of another service ({@link Role#SERVICE} alone)
 * opens only the paths named in {@code gridgov.security.service-paths}.
 */
@AutoConfiguration(before = OAuth2ResourceServerAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
@EnableMethodSecurity
public class SecurityAutoConfiguration {

    private static final List<String> ALWAYS_PUBLIC = List.of("/actuator/health/**", "/actuator/info",
            "/actuator/prometheus", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error");

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain gridgovSecurityFilterChain(HttpSecurity http, SecurityProperties properties) throws Exception {
        List<String> open = new ArrayList<>(ALWAYS_PUBLIC);
        properties.publicPaths().stream().filter(path -> !path.isBlank()).forEach(open::add);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(open.toArray(String[]::new)).permitAll()
                            .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name());
                    List<String> servicePaths = properties.servicePaths().stream().filter(path -> !path.isBlank()).toList();
                    if (!servicePaths.isEmpty()) {
                        requests.requestMatchers(servicePaths.toArray(String[]::new)).authenticated();
                    }
                    // Least privilege: another service's own token opens only the paths named for it.
                    requests.anyRequest().access(SecurityAutoConfiguration::personOrServiceWithPerson);
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(SecurityAutoConfiguration::authentication))
                        .authenticationEntryPoint(SecurityProblems.entryPoint())
                        .accessDeniedHandler(SecurityProblems.accessDeniedHandler()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(SecurityProblems.entryPoint())
                        .accessDeniedHandler(SecurityProblems.accessDeniedHandler()));
        return http.build();
    }

    /**
     * No observation per security filter and per authorization: on every request they cost more
     * than they tell (a tenth of a small request's CPU); the request's own span is kept.
     */
    @Bean
    @ConditionalOnMissingBean(SecurityObservationSettings.class)
    SecurityObservationSettings gridgovSecurityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Spring Security's strict firewall with its default rules, header names and values checked
     * by {@link PrintableCharacters} rather than by regular expressions run at every header read.
     */
    @Bean
    @ConditionalOnMissingBean(HttpFirewall.class)
    HttpFirewall gridgovHttpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(PrintableCharacters::name);
        firewall.setAllowedHeaderValues(PrintableCharacters::value);
        return firewall;
    }

    /** The bearer token of a request, read as the library reads it, without a regular expression. */
    @Bean
    @ConditionalOnMissingBean(BearerTokenResolver.class)
    BearerTokenResolver gridgovBearerTokenResolver() {
        return new BearerTokens();
    }

    /** The issuer's decoder, behind {@link ValidatedTokens}: a token seen before costs a map lookup. */
    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder gridgovJwtDecoder(SecurityProperties properties) {
        return new ValidatedTokens(TrustedIssuer.decoder(properties), properties.rememberedTokens(), properties.rememberFor(),
                Clock.systemUTC());
    }

    private static AuthorizationDecision personOrServiceWithPerson(Supplier<? extends Authentication> authentication,
                                                                   RequestAuthorizationContext request) {
        Authentication caller = authentication.get();
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            return new AuthorizationDecision(false);
        }
        boolean serviceOnly = !caller.getAuthorities().isEmpty() && caller.getAuthorities().stream()
                .allMatch(authority -> Role.SERVICE.authority().equals(authority.getAuthority()));
        return new AuthorizationDecision(!serviceOnly);
    }

    static AbstractAuthenticationToken authentication(Jwt jwt) {
        Caller caller = Caller.of(jwt);
        Collection<GrantedAuthority> authorities = new ArrayList<>();
        caller.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        return new JwtAuthenticationToken(jwt, authorities, caller.accountId());
    }
}
