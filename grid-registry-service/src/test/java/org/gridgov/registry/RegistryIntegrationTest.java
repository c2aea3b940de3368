package org.gridgov.registry;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.gridgov.testing.RealInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;

/** The one configuration of the registry's integration tests: the whole service on real PostgreSQL and Kafka. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "gridgov.outbox.poll-interval=100ms",
        // The tests count the events an action wrote in the outbox: published rows stay, marked sent.
        "gridgov.outbox.keep-sent=1d",
        "logging.structured.format.console=",
        "logging.level.org.apache.kafka=WARN"})
public @interface RegistryIntegrationTest {
}
