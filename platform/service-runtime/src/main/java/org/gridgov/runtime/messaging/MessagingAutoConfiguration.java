package org.gridgov.runtime.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.TopicSpec;
import org.gridgov.events.Topics;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.converter.RecordMessageConverter;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.core.JacksonException;

/**
 * GridGov's Kafka conventions for every service: listeners take CloudEvents, failing records are
 * retried a bounded number of times and then parked in {@code <topic>.dlt} with the failure in
 * headers (so a poison record never stalls its partition), the catalogue's topics exist, and
 * readiness includes the broker.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnClass(KafkaTemplate.class)
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(RecordMessageConverter.class)
    CloudEventRecordConverter cloudEventRecordConverter() {
        return new CloudEventRecordConverter();
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    @ConditionalOnBean(KafkaTemplate.class)
    DefaultErrorHandler gridgovKafkaErrorHandler(KafkaTemplate<?, ?> kafka, MessagingProperties properties) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(record.topic() + TopicSpec.DEAD_LETTER_SUFFIX, -1));
        ExponentialBackOff backOff = new ExponentialBackOff(properties.retryBackoff().toMillis(), 2.0);
        backOff.setMaxInterval(properties.retryMaxBackoff().toMillis());
        backOff.setMaxAttempts(Math.max(0, properties.retryAttempts() - 1));
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, backOff);
        // A record that cannot be read will not read better the fourth time.
        handler.addNotRetryableExceptions(CloudEventCodec.InvalidEventException.class, JacksonException.class);
        return handler;
    }

    @Bean
    @ConditionalOnProperty(name = "gridgov.kafka.create-topics", havingValue = "true", matchIfMissing = true)
    KafkaAdmin.NewTopics gridgovTopics(MessagingProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        for (TopicSpec topic : Topics.catalogue()) {
            topics.add(new NewTopic(topic.name(), topic.partitions(), properties.replicationFactor())
                    .configs(topic.config()));
            topics.add(new NewTopic(topic.deadLetterName(), topic.partitions(), properties.replicationFactor()));
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    @Bean
    @ConditionalOnBean({ConsumerFactory.class, KafkaTemplate.class})
    @ConditionalOnMissingBean
    DeadLetterEndpoint deadLetterEndpoint(ConsumerFactory<?, ?> consumers, KafkaTemplate<?, ?> kafka,
                                          @Value("${spring.application.name:service}") String application) {
        @SuppressWarnings("unchecked")
        ConsumerFactory<String, byte[]> bytesIn = (ConsumerFactory<String, byte[]>) consumers;
        @SuppressWarnings("unchecked")
        KafkaTemplate<String, byte[]> bytesOut = (KafkaTemplate<String, byte[]>) kafka;
        return new DeadLetterEndpoint(bytesIn, bytesOut, application + "-dead-letter-redrive");
    }

    @Bean(name = "kafkaHealthIndicator")
    @ConditionalOnBean(KafkaAdmin.class)
    @ConditionalOnMissingBean(name = "kafkaHealthIndicator")
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
        return new KafkaHealthIndicator(admin, Duration.ofSeconds(3));
    }
}
