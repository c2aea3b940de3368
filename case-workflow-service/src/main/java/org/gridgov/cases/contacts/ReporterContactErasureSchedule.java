package org.gridgov.cases.contacts;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Runs {@link ReporterContactErasure} on every replica, first at start, then after each pause. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReporterContactErasureSchedule implements SchedulingConfigurer {

    private final ReporterContactErasure erasure;
    private final ContactRetentionProperties properties;

    ReporterContactErasureSchedule(ReporterContactErasure erasure, ContactRetentionProperties properties) {
        this.erasure = erasure;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(erasure::eraseDue, properties.reporterContactErasureInterval(),
                properties.reporterContactErasureInterval()));
    }
}
