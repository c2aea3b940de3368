package org.gridgov.notifications.inbox;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells every replica that an inbox received a notification. PostgreSQL delivers a
 * {@code NOTIFY} only when the transaction commits, so a live stream never shows a notification
 * that was rolled back, whichever replica its reader is connected to.
 */
@Component
public class InboxSignal {

    static final String CHANNEL = "gridgov_inbox";

    private final JdbcTemplate jdbc;

    InboxSignal(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void announce(String accountId, UUID notificationId) {
        jdbc.query("select pg_notify(?, ?)", row -> null, CHANNEL, notificationId + ":" + accountId);
    }
}
