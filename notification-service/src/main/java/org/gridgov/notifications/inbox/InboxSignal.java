package org.gridgov.notifications.inbox;

import java.util.List;

import org.gridgov.notifications.delivery.NewNotification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells every replica that inboxes received notifications. PostgreSQL delivers a {@code NOTIFY}
 * only when the transaction commits, so a live stream never shows a notification that was rolled
 * back, whichever replica its reader is connected to.
 */
@Component
public class InboxSignal {

    static final String CHANNEL = "gridgov_inbox";

    private final JdbcTemplate jdbc;

    InboxSignal(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Announces the notifications (stored to accounts' inboxes) in one statement. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void announce(List<NewNotification> notifications) {
        if (notifications.isEmpty()) {
            return;
        }
        String[] payloads = notifications.stream()
                .map(notification -> notification.id() + ":" + notification.recipient().id()).toArray(String[]::new);
        jdbc.query("select pg_notify(?, payload) from unnest(?::text[]) as payload", row -> null, CHANNEL, payloads);
    }
}
