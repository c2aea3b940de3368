package org.gridgov.runtime.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.authentication.AbstractAuthenticationToken;
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
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.gridgov.runtime.web.SecurityProblems;

/**
 * Every service is an OAuth2 resource server: it validates the bearer token itself (the gateway
 * did too, but a service never trusts the network), takes roles from the {@code roles} claim and
 * opens to anonymous callers only health, metrics, API documentation and the paths it names in
 * {@code gridgov.security.public-paths}. Which roles may call a handler is its {@link AllowedRoles}
 * (or {@link Anonymous}), applied before the body is read; a token of another service
 * ({@link Role#SERVICE} alone) opens only the handlers whose list names {@code SERVICE}.
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
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(open.toArray(String[]::new)).permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        // Which roles: each handler's allow-list, applied by AllowListInterceptor.
                        .anyRequest().authenticated())
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

    /** Each handler's allow-list, applied before its arguments (and the body) are read. */
    @Bean
    WebMvcConfigurer gridgovAllowLists() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new AllowListInterceptor());
            }
        };
    }

    /** Deny by default: the service does not start while a handler of its own has no allow-list. */
    @Bean
    static AllowListCheck gridgovAllowListCheck(ListableBeanFactory beans) {
        return new AllowListCheck(beans);
    }

    static AbstractAuthenticationToken authentication(Jwt jwt) {
        Caller caller = Caller.of(jwt);
        Collection<GrantedAuthority> authorities = new ArrayList<>();
        caller.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        return new JwtAuthenticationToken(jwt, authorities, caller.accountId());
    }
}
