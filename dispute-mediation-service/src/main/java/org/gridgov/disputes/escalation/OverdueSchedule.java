package org.gridgov.disputes.escalation;

import java.time.Duration;

import org.gridgov.runtime.units.UnitReplica;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs {@link OverdueScanner} on every replica, first at start (deadlines that ran out while the
 * service was down are answered as soon as the territory is read), then after each pause.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OverdueSchedule implements SchedulingConfigurer {

    private final OverdueScanner scanner;
    private final UnitReplica units;
    private final OverdueProperties properties;

    OverdueSchedule(OverdueScanner scanner, UnitReplica units, OverdueProperties properties) {
        this.scanner = scanner;
        this.units = units;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (properties.enabled()) {
            registrar.addFixedDelayTask(new FixedDelayTask(this::scanOnceTheTerritoryIsRead,
                    properties.scanInterval(), Duration.ZERO));
        }
    }

    private void scanOnceTheTerritoryIsRead() {
        try {
            if (!units.awaitCaughtUp(properties.scanInterval())) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        scanner.scan();
    }
}
