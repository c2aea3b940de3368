package org.gridgov.notifications.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param connectTimeout  to open a connection to an endpoint
 * @param requestTimeout  for the whole request; a receiver slower than this counts as failed
 * @param allowPlainHttp  whether endpoints may be {@code http://} (development and tests); production wants TLS
 */
@ConfigurationProperties("gridgov.notifications.webhooks")
record WebhookProperties(@DefaultValue("3s") Duration connectTimeout,
                         @DefaultValue("10s") Duration requestTimeout,
                         @DefaultValue("false") boolean allowPlainHttp) {
}
