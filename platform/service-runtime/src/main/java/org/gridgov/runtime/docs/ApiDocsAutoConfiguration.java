package org.gridgov.runtime.docs;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.info.ProjectInfoAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Every service's OpenAPI document titled, described and versioned after the service, with the
 * gateway as its server ({@link ServiceApiDocument}). The version and description come from the
 * service's build ({@code META-INF/build-info.properties}, written by the parent pom), else the
 * version from its jar's manifest ({@code spring.application.version}). Each operation names the
 * roles that may call it ({@link OperationRoles}, {@code x-gridgov-roles}).
 */
@AutoConfiguration(after = ProjectInfoAutoConfiguration.class)
@ConditionalOnClass(OpenApiCustomizer.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(ApiDocsProperties.class)
public class ApiDocsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ServiceApiDocument serviceApiDocument(Environment environment, ObjectProvider<BuildProperties> builds,
                                          ApiDocsProperties properties) {
        BuildProperties build = builds.getIfAvailable();
        String version = build != null && build.getVersion() != null
                ? build.getVersion()
                : environment.getProperty("spring.application.version");
        return new ServiceApiDocument(environment.getProperty("spring.application.name", "service"),
                build == null ? null : build.get("description"), version, properties.publicUrl());
    }

    @Bean
    @ConditionalOnMissingBean
    OperationRoles operationRoles() {
        return new OperationRoles();
    }
}
