package org.gridgov.notifications.email;

import org.gridgov.notifications.delivery.Addresses;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration(proxyBeanMethods = false)
class EmailConfiguration {

    @Bean
    @ConditionalOnProperty(name = "gridgov.notifications.email.enabled", havingValue = "true")
    EmailSender emailSender(JavaMailSender mail, Addresses addresses, EmailProperties properties) {
        return new EmailSender(mail, addresses, properties);
    }
}
