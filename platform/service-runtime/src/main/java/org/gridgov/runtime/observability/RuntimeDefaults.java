package org.gridgov.runtime.observability;

import java.io.IOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * The platform's defaults (Kafka serialisation and delivery guarantees, health groups, metrics,
 * tracing, JSON logs), added with the lowest precedence: a service's own configuration and the
 * environment override any of them.
 */
public class RuntimeDefaults implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "gridgovRuntimeDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(SOURCE_NAME)) {
            return;
        }
        try {
            environment.getPropertySources().addLast(
                    new ResourcePropertySource(SOURCE_NAME, new ClassPathResource("gridgov/runtime-defaults.properties")));
        } catch (IOException e) {
            throw new IllegalStateException("gridgov/runtime-defaults.properties is missing from service-runtime", e);
        }
    }
}
