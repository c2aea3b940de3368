package org.gridgov.runtime.web;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
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

    @Bean
    @ConditionalOnClass(name = "org.springframework.dao.DuplicateKeyException")
    @ConditionalOnMissingBean
    ConcurrentChangeAdvice concurrentChangeAdvice() {
        return new ConcurrentChangeAdvice();
    }

    /**
     * Request bodies are read strictly (with the {@code spring.jackson.*} settings of
     * {@code runtime-defaults.properties}): text only from JSON strings, never with a NUL character.
     */
    @Bean
    JacksonModule strictTextModule() {
        return new SimpleModule("gridgov-strict-text")
                .addDeserializer(String.class, new StrictText())
                .addDeserializer(Instant.class, new TextOnly<>(Instant.class, InstantDeserializer.INSTANT))
                .addDeserializer(OffsetDateTime.class, new TextOnly<>(OffsetDateTime.class, InstantDeserializer.OFFSET_DATE_TIME));
    }

    /**
     * An empty or blank string is not an absent UUID, date or enum: Jackson's default reads it as
     * null (and a U+0000 alone is blank to it), so a field the caller did send came out missing.
     */
    @Bean
    JsonMapperBuilderCustomizer blankIsNotAbsent() {
        return builder -> builder.withCoercionConfigDefaults(config -> config.setAcceptBlankAsEmpty(false)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
    }
}
