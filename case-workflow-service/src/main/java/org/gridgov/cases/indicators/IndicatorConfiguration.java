package org.gridgov.cases.indicators;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class IndicatorConfiguration {

    @Bean
    IndicatorProjector indicatorProjector(ConsumerFactory<?, ?> consumers, IndicatorStore store,
                                          TransactionTemplate transactions, IndicatorProperties properties) {
        @SuppressWarnings("unchecked")
        ConsumerFactory<String, byte[]> bytes = (ConsumerFactory<String, byte[]>) consumers;
        return new IndicatorProjector(bytes, store, transactions, properties);
    }
}
