package org.gridgov.notifications.sms;

import java.time.Clock;

import org.gridgov.notifications.delivery.Addresses;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SmsConfiguration {

    @Bean
    QuietHours smsQuietHours(SmsProperties properties) {
        return new QuietHours(properties.quietStart(), properties.quietEnd(), properties.zone());
    }

    /** Without a gateway configured, SMS deliveries wait in the table until one is. */
    @Bean
    @ConditionalOnProperty(name = "gridgov.notifications.sms.enabled", havingValue = "true")
    SmsSender smsSender(SmsProperties properties, Addresses addresses, QuietHours smsQuietHours, Clock clock) {
        return new SmsSender(new HttpSmsGateway(properties), addresses, smsQuietHours, clock);
    }
}
