package org.gridgov.notifications.delivery;

import java.util.UUID;

import org.gridgov.notifications.routing.Channel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Stores notifications with their deliveries, in the transaction of the event that caused them. */
@Repository
public class Notifications {

    private final JdbcTemplate jdbc;

    Notifications(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the notification and its deliveries, unless the recipient was already notified of the
     * same fact.
     *
     * @return whether it was stored
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean record(NewNotification notification) {
        int stored = jdbc.update("""
                insert into notification (id, fact_key, event_id, event_type, case_id, recipient_kind, recipient_id,
                                          template, locale, title, body, link, urgent)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (fact_key, recipient_kind, recipient_id) do nothing
                """, notification.id(), notification.facts().factKey(), notification.facts().eventId(),
                notification.facts().eventType(), notification.facts().caseId(), notification.recipient().kind().name(),
                notification.recipient().id(), notification.template(), notification.locale(), notification.title(),
                notification.body(), notification.link(), notification.urgent());
        if (stored == 0) {
            return false;
        }
        for (NewNotification.Delivery delivery : notification.deliveries()) {
            // The inbox row is the notification itself: it is delivered by being stored.
            boolean inbox = delivery.channel() == Channel.INBOX;
            jdbc.update("""
                    insert into delivery (id, notification_id, channel, target, subject, body, status, next_attempt_at,
                                          sent_at, attempts)
                    values (?, ?, ?, ?, ?, ?, ?, now(), case when ? then now() end, ?)
                    """, UUID.randomUUID(), notification.id(), delivery.channel().name(), delivery.target(),
                    delivery.subject(), delivery.body(), inbox ? "SENT" : "PENDING", inbox, inbox ? 1 : 0);
        }
        return true;
    }
}
