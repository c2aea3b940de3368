package org.gridgov.notifications.fanout;

import java.util.List;

import org.gridgov.notifications.routing.RoutingPolicy;
import org.gridgov.notifications.routing.RoutingProperties;
import org.gridgov.notifications.routing.RoutingRule;
import org.gridgov.notifications.templates.MessageTemplates;
import org.gridgov.notifications.templates.Messages;
import org.gridgov.notifications.templates.TemplateProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FanoutConfiguration {

    @Bean
    MessageTemplates messageTemplates(TemplateProperties properties) {
        return new MessageTemplates(properties.defaultLocale());
    }

    /** A rule naming a template that does not exist is a mistake found at start, not at the first event. */
    @Bean
    RoutingPolicy routingPolicy(RoutingProperties properties, MessageTemplates templates) {
        List<String> missing = properties.rules().stream().map(RoutingRule::template)
                .filter(template -> !templates.exists(template)).distinct().toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("routing rules name templates that do not exist: " + missing);
        }
        return new RoutingPolicy(properties.rules());
    }

    @Bean
    Messages messages(MessageTemplates templates, TemplateProperties properties, RegistryStaffing staffing) {
        return new Messages(templates, properties, staffing::nameOf);
    }
}
