package org.gridgov.runtime.outbox;

import java.net.URI;
import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.flywaydb.core.Flyway;
import org.gridgov.runtime.messaging.ProcessedEvents;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox for every service with a database and a broker: the {@link EventOutbox} to append to,
 * the {@link OutboxRelay} that publishes, and the platform's own tables.
 */
@AutoConfiguration(afterName = {"org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration"})
@ConditionalOnClass({JdbcTemplate.class, KafkaTemplate.class, Flyway.class})
@ConditionalOnBean({JdbcTemplate.class, KafkaTemplate.class})
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    OutboxRelay outboxRelay(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                            KafkaTemplate<?, ?> kafka, OutboxProperties properties,
                            ObjectProvider<Clock> clock, ObjectProvider<MeterRegistry> meters) {
        @SuppressWarnings("unchecked")
        KafkaTemplate<String, byte[]> bytes = (KafkaTemplate<String, byte[]>) kafka;
        return new OutboxRelay(jdbc, new TransactionTemplate(transactionManager), bytes, properties,
                clock.getIfAvailable(Clock::systemUTC), meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    @ConditionalOnMissingBean
    EventOutbox eventOutbox(JdbcTemplate jdbc, OutboxRelay relay, ObjectProvider<Clock> clock,
                            ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator,
                            @Value("${gridgov.events.source:/gridgov/${spring.application.name:service}}") String source) {
        return new EventOutbox(jdbc, URI.create(source), clock.getIfAvailable(Clock::systemUTC),
                new TraceContext(tracer, propagator), relay::wake);
    }

    @Bean
    @ConditionalOnMissingBean
    ProcessedEvents processedEvents(JdbcTemplate jdbc) {
        return new ProcessedEvents(jdbc);
    }

    /**
     * Migrates the platform's tables (outbox, processed events) after the service's own, with a
     * history table of their own, so platform and service schemas are versioned independently
     * (the service's Flyway runs first because it refuses a schema that is not empty).
     */
    @Bean
    @ConditionalOnClass(Flyway.class)
    @ConditionalOnMissingBean
    FlywayMigrationStrategy gridgovRuntimeMigrations() {
        return serviceFlyway -> {
            serviceFlyway.migrate();
            Flyway.configure()
                    .dataSource(serviceFlyway.getConfiguration().getDataSource())
                    .schemas(serviceFlyway.getConfiguration().getSchemas())
                    .table("gridgov_runtime_schema_history")
                    .locations("classpath:db/gridgov-runtime")
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        };
    }
}
