package org.gridgov.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Points the context of a {@link RealInfrastructure} test class at its own database and consumer
 * groups, and switches on development mode, so the service trusts {@link DevTokens}.
 */
class RealInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configurations) {
        return TestContextAnnotationUtils.hasAnnotation(testClass, RealInfrastructure.class)
                ? new Customizer(testClass)
                : null;
    }

    /** One per test class, so each class has a context (and a database) of its own. */
    private record Customizer(Class<?> testClass) implements ContextCustomizer {

        private static final String INLINED = "Inlined Test Properties";

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
            TestInfrastructure infrastructure = TestInfrastructure.get();
            String url = infrastructure.newDatabase(testClass.getSimpleName());
            String database = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
            Map<String, Object> properties = new HashMap<>();
            properties.put("spring.datasource.url", url);
            properties.put("spring.datasource.username", infrastructure.postgres().username());
            properties.put("spring.datasource.password", infrastructure.postgres().password());
            properties.put("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
            properties.put("spring.kafka.consumer.group-id", "${spring.application.name:test}-" + database);
            properties.put("spring.kafka.consumer.auto-offset-reset", "latest");
            properties.put("spring.kafka.admin.fail-fast", "true");
            properties.put("gridgov.test.database", database);
            properties.put("gridgov.security.development", "true");
            properties.put("gridgov.security.audience", DevTokens.AUDIENCE);
            MutablePropertySources sources = context.getEnvironment().getPropertySources();
            MapPropertySource source = new MapPropertySource("gridgovTestInfrastructure", properties);
            // The test's own @SpringBootTest(properties = ...) still win.
            if (sources.contains(INLINED)) {
                sources.addAfter(INLINED, source);
            } else {
                sources.addFirst(source);
            }
            context.getBeanFactory().registerSingleton("gridgovPositionedAssignments", new PositionedAssignments());
        }
    }
}
