package org.gridgov.notifications.delivery;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
     * Stores the notifications of one event and their deliveries, except those whose recipient was
     * already notified of the same fact. Two batches, whatever the number of recipients: a fan-out
     * costs a few round trips to the database, not a few per recipient.
     *
     * @return the notifications stored
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<NewNotification> record(List<NewNotification> notifications) {
        if (notifications.isEmpty()) {
            return List.of();
        }
        // In key order, so that two listeners storing the same facts (an escalation read from two topics)
        // wait for each other instead of deadlocking.
        notifications = notifications.stream().sorted(Comparator.comparing((NewNotification notification) ->
                notification.fact().factKey()).thenComparing(notification -> notification.recipient().kind())
                .thenComparing(notification -> notification.recipient().id())).toList();
        int[] inserted = jdbc.batchUpdate("""
                insert into notification (id, fact_key, event_id, event_type, case_id, dispute_id, recipient_kind,
                                          recipient_id, template, locale, title, body, link, urgent)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (fact_key, recipient_kind, recipient_id) do nothing
                """, notifications.stream().map(notification -> new Object[] {notification.id(),
                notification.fact().factKey(), notification.fact().eventId(), notification.fact().eventType(),
                notification.fact().caseId(), notification.fact().disputeId(), notification.recipient().kind().name(),
                notification.recipient().id(), notification.template(), notification.locale(), notification.title(),
                notification.body(), notification.link(), notification.urgent()}).toList());
        List<NewNotification> stored = new ArrayList<>();
        List<Object[]> deliveries = new ArrayList<>();
        for (int i = 0; i < inserted.length; i++) {
            if (inserted[i] == 0) {
                continue;
            }
            NewNotification notification = notifications.get(i);
            stored.add(notification);
            for (NewNotification.Delivery delivery : notification.deliveries()) {
                // The inbox row is the notification itself: it is delivered by being stored.
                boolean inbox = delivery.channel() == Channel.INBOX;
                deliveries.add(new Object[] {UUID.randomUUID(), notification.id(), delivery.channel().name(),
                        delivery.target(), delivery.subject(), delivery.body(), inbox ? "SENT" : "PENDING", inbox,
                        inbox ? 1 : 0});
            }
        }
        jdbc.batchUpdate("""
                insert into delivery (id, notification_id, channel, target, subject, body, status, next_attempt_at,
                                      sent_at, attempts)
                values (?, ?, ?, ?, ?, ?, ?, now(), case when ? then now() end, ?)
                """, deliveries);
        return stored;
    }
}
