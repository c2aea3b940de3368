package org.gridgov.notifications.reporters;

import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.gridgov.notifications.templates.Messages;
import org.gridgov.runtime.security.ServiceCredentials;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReporterConfiguration {

    @Bean
    CaseWorkflowContacts caseWorkflowContacts(CasesProperties properties, ServiceCredentials credentials,
                                              MeterRegistry meters) {
        CaseWorkflowContacts contacts = new CaseWorkflowContacts(properties, credentials);
        // The circuit's state shows on /actuator/prometheus.
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(contacts.circuitBreakers()).bindTo(meters);
        return contacts;
    }

    @Bean
    ReporterAddresses reporterAddresses(CaseWorkflowContacts caseWorkflowContacts, Messages messages) {
        return new ReporterAddresses(caseWorkflowContacts, messages);
    }
}
