package org.gridgov.cases.intake;

import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.kafka.common.header.Header;
import org.gridgov.runtime.outbox.EventOutbox;
import org.gridgov.runtime.security.ServiceCredentials;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.adapter.RecordFilterStrategy;

@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    @Bean
    RegistryGridLocator registryGridLocator(RegistryProperties properties, ServiceCredentials credentials,
                                            MeterRegistry meters) {
        RegistryGridLocator locator = new RegistryGridLocator(properties, credentials);
        // Circuit state and retries show on /actuator/prometheus beside the business meters.
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(locator.circuitBreakers()).bindTo(meters);
        TaggedRetryMetrics.ofRetryRegistry(locator.retries()).bindTo(meters);
        return locator;
    }

    /**
     * Drops the echo of our own REST intake from {@code case.reported} by its {@code ce_source}
     * header, before it is read as a CloudEvent: its outbox row committed with the case it reports,
     * and at the intake's rate reading every echo in full costs the listener more than the rest of its work.
     */
    @Bean
    RecordFilterStrategy<String, byte[]> ownReportEchoes(EventOutbox outbox) {
        return echoesOf(outbox.source());
    }

    /** The records whose {@code ce_source} header is {@code ownSource}. */
    static RecordFilterStrategy<String, byte[]> echoesOf(URI ownSource) {
        byte[] own = ownSource.toString().getBytes(StandardCharsets.UTF_8);
        return record -> {
            Header source = record.headers().lastHeader("ce_source");
            return source != null && Arrays.equals(own, source.value());
        };
    }
}
