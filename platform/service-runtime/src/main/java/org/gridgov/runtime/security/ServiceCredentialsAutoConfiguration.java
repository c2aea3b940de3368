package org.gridgov.runtime.security;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** This service's own credentials for calls it makes on its own behalf ({@link ServiceCredentials}). */
@AutoConfiguration
@EnableConfigurationProperties(ServiceCredentialsProperties.class)
public class ServiceCredentialsAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ServiceCredentialsAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean(ServiceCredentials.class)
    ServiceCredentials gridgovServiceCredentials(ServiceCredentialsProperties properties, Environment environment) {
        if (properties.clientCredentials()) {
            return new ClientCredentialsTokens(properties, Clock.systemUTC());
        }
        if (properties.signingKey() != null) {
            String service = environment.getProperty("spring.application.name", "service");
            return new SelfSignedServiceTokens(
                    PemKeys.privateKey(properties.signingKey(), "gridgov.service-credentials.signing-key"), service,
                    properties.issuer(), environment.getProperty("gridgov.security.audience"), properties.lifetime(), properties.renewBefore(), Clock.systemUTC());
        }
        return new NoServiceCredentials();
    }

    /** Most services call no other: only a service that does is told, once, that its calls carry no token. */
    static final class NoServiceCredentials implements ServiceCredentials {

        private final AtomicBoolean told = new AtomicBoolean();

        @Override
        public Optional<String> bearerToken() {
            if (told.compareAndSet(false, true)) {
                log.warn("No service credentials configured (gridgov.service-credentials.token-uri and client-id, or a "
                        + "development signing-key): calls made on this service's own behalf carry no token");
            }
            return Optional.empty();
        }
    }
}
