package org.gridgov.runtime.units;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.ConsumerFactory;

/** The unit replica, for services that set {@code gridgov.units.replica.enabled=true}. */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnClass(ConsumerFactory.class)
@ConditionalOnProperty(name = "gridgov.units.replica.enabled", havingValue = "true")
public class UnitReplicaAutoConfiguration {

    @Bean
    @ConditionalOnBean(ConsumerFactory.class)
    @ConditionalOnMissingBean
    UnitReplica unitReplica(ConsumerFactory<?, ?> consumers) {
        @SuppressWarnings("unchecked")
        ConsumerFactory<String, byte[]> bytes = (ConsumerFactory<String, byte[]>) consumers;
        return new UnitReplica(bytes);
    }

    @Bean(name = "unitReplicaHealthIndicator")
    @ConditionalOnBean(UnitReplica.class)
    UnitReplicaHealthIndicator unitReplicaHealthIndicator(UnitReplica replica) {
        return new UnitReplicaHealthIndicator(replica);
    }
}
