package org.gridgov.disputes.levels;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LevelConfiguration {

    @Bean
    LevelRuleTable levelRuleTable(LevelProperties properties) {
        return new LevelRuleTable(properties.rules(), properties.roomsByType());
    }

    @Bean
    Deadlines deadlines(DeadlineProperties properties) {
        return new Deadlines(properties.limits(), properties.yellowAtShare());
    }
}
