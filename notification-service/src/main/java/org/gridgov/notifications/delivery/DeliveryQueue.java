package org.gridgov.notifications.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gridgov.notifications.routing.Channel;
import org.gridgov.notifications.routing.Recipient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The delivery table as a queue that several replicas share. Claiming a delivery moves its
 * {@code next_attempt_at} forward by the lease in a short transaction ({@code FOR UPDATE SKIP LOCKED},
 * so replicas never claim the same row); the send happens outside any transaction, and its outcome is
 * written afterwards. A replica that dies mid-send leaves the row to be claimed again when the lease ends.
 */
@Repository
class DeliveryQueue {

    private final JdbcTemplate jdbc;

    DeliveryQueue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<PendingDelivery> claim(Channel channel, int limit, Duration lease) {
        return jdbc.query("""
                with due as (
                    select id from delivery
                    where channel = ? and status = 'PENDING' and next_attempt_at <= now()
                    order by next_attempt_at
                    limit ?
                    for update skip locked
                )
                update delivery d set next_attempt_at = now() + make_interval(secs => ?)
                from due, notification n
                where d.id = due.id and n.id = d.notification_id
                returning d.id, d.notification_id, d.channel, d.target, n.recipient_kind, n.recipient_id, n.event_id,
                          n.event_type,
                          d.subject, d.body, n.urgent, d.attempts, d.pending_since
                """, DeliveryQueue::pending, channel.name(), limit, lease.toMillis() / 1000.0);
    }

    void markSent(UUID id) {
        jdbc.update("""
                update delivery set status = 'SENT', attempts = attempts + 1, last_attempt_at = now(), sent_at = now(),
                                    last_error = null
                where id = ? and status = 'PENDING'
                """, id);
    }

    void defer(UUID id, Instant until) {
        jdbc.update("update delivery set next_attempt_at = ? where id = ? and status = 'PENDING'",
                Timestamp.from(until), id);
    }

    void retryAt(UUID id, Instant at, String reason) {
        jdbc.update("""
                update delivery set attempts = attempts + 1, last_attempt_at = now(), next_attempt_at = ?, last_error = ?
                where id = ? and status = 'PENDING'
                """, Timestamp.from(at), reason, id);
    }

    void skip(UUID id, String reason) {
        jdbc.update("""
                update delivery set status = 'SKIPPED', attempts = attempts + 1, last_attempt_at = now(), last_error = ?
                where id = ? and status = 'PENDING'
                """, reason, id);
    }

    void giveUp(UUID id, String reason) {
        jdbc.update("""
                update delivery set status = 'FAILED', attempts = attempts + 1, last_attempt_at = now(), last_error = ?
                where id = ? and status = 'PENDING'
                """, reason, id);
    }

    private static PendingDelivery pending(ResultSet row, int index) throws SQLException {
        return new PendingDelivery(row.getObject("id", UUID.class), row.getObject("notification_id", UUID.class),
                Channel.valueOf(row.getString("channel")), row.getString("target"),
                Recipient.Kind.valueOf(row.getString("recipient_kind")), row.getString("recipient_id"),
                row.getString("event_id"), row.getString("event_type"), row.getString("subject"), row.getString("body"),
                row.getBoolean("urgent"), row.getInt("attempts"), row.getTimestamp("pending_since").toInstant());
    }
}
