package org.gridgov.notifications.email;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMTP server itself is Spring Boot's {@code spring.mail.*} (host, port, username, password).
 *
 * @param enabled without a server (development), e-mail deliveries stay pending
 * @param from    the sender address
 */
@ConfigurationProperties("gridgov.notifications.email")
record EmailProperties(@DefaultValue("false") boolean enabled,
                       @DefaultValue("GridGov <no-reply@gridgov.local>") String from) {
}
