package org.gridgov.runtime.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;

/** Problem Details for every error of every servlet service. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class WebAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    /**
     * Request bodies are read strictly (with the {@code spring.jackson.*} settings of
     * {@code runtime-defaults.properties}): text only from JSON strings, never with a NUL character.
     */
    @Bean
    JacksonModule strictTextModule() {
        return new SimpleModule("gridgov-strict-text").addDeserializer(String.class, new StrictText());
    }
}
