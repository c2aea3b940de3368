package org.gridgov.cases.lifecycle;

import java.time.Clock;

import org.gridgov.runtime.web.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.DefaultErrorHandler;

@Configuration(proxyBeanMethods = false)
class LifecycleConfiguration {

    /** Every time the loop records comes from here, so tests (and the deadline scheduler) can fix it. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    LifecycleConfiguration(ObjectProvider<DefaultErrorHandler> errorHandler) {
        // Feedback the rules refuse (a case not with that department, a closed case) or that names no
        // case will be refused again on every retry: park it in the dead-letter topic at once.
        errorHandler.ifAvailable(handler -> handler.addNotRetryableExceptions(CaseRuleException.class,
                NotFoundException.class));
    }
}
