package org.gridgov.cases.intake;

import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    @Bean
    RegistryGridLocator registryGridLocator(RegistryProperties properties, MeterRegistry meters) {
        RegistryGridLocator locator = new RegistryGridLocator(properties);
        // Circuit state and retries show on /actuator/prometheus beside the business meters.
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(locator.circuitBreakers()).bindTo(meters);
        TaggedRetryMetrics.ofRetryRegistry(locator.retries()).bindTo(meters);
        return locator;
    }
}
