package org.gridgov.cases.deadline;

import java.time.Clock;

import org.gridgov.cases.lifecycle.CaseChanges;
import org.gridgov.cases.lifecycle.CaseStore;
import org.gridgov.runtime.units.UnitReplica;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    /** Refuses to start with a broken calendar, every problem listed: a wrong holiday would misdate every deadline. */
    @Bean
    WorkingCalendars workingCalendars(DeadlineProperties properties) {
        return WorkingCalendars.of(properties.calendars());
    }

    @Bean
    Deadlines deadlines(WorkingCalendars calendars, DeadlineProperties properties) {
        return new Deadlines(calendars, properties.yellowAt());
    }

    @Bean
    DeadlineScheduler deadlineScheduler(CaseStore cases, CaseChanges changes, DeadlineEnforcement enforcement,
                                        TransactionTemplate transactions, DeadlineProperties properties, Clock clock,
                                        ObjectProvider<UnitReplica> territory) {
        return new DeadlineScheduler(cases, changes, enforcement, transactions, properties, clock,
                territory.getIfAvailable());
    }
}
