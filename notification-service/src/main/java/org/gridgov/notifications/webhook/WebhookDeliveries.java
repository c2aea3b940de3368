package org.gridgov.notifications.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gridgov.notifications.delivery.DeliveryStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The webhook rows of the delivery table, as departments and administrators see them. */
@Repository
class WebhookDeliveries {

    private static final String SELECT = """
            select d.id, d.target, e.department_code, d.notification_id, n.event_type, n.case_id, d.status, d.attempts,
                   d.pending_since, d.last_attempt_at, d.next_attempt_at, d.sent_at, d.last_error
            from delivery d
            join notification n on n.id = d.notification_id
            join webhook_endpoint e on e.id::text = d.target
            where d.channel = 'WEBHOOK'
            """;

    private final JdbcTemplate jdbc;

    WebhookDeliveries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<WebhookDelivery> ofEndpoint(UUID endpointId, int limit) {
        return jdbc.query(SELECT + " and d.target = ? order by d.pending_since desc limit ?", WebhookDeliveries::row,
                endpointId.toString(), limit);
    }

    /** Deliveries in the given status, of one department or (null) of all. */
    List<WebhookDelivery> inStatus(DeliveryStatus status, String departmentCode, int limit) {
        return jdbc.query(SELECT + " and d.status = ? and (?::text is null or e.department_code = ?) "
                        + "order by d.pending_since desc limit ?", WebhookDeliveries::row,
                status.name(), departmentCode, departmentCode, limit);
    }

    Optional<WebhookDelivery> find(UUID id) {
        return jdbc.query(SELECT + " and d.id = ?", WebhookDeliveries::row, id).stream().findFirst();
    }

    /** Puts a sent or failed delivery back in the queue, as fresh: its attempts and give-up clock start over. */
    boolean requeue(UUID id) {
        return jdbc.update("""
                update delivery set status = 'PENDING', attempts = 0, next_attempt_at = now(), pending_since = now(),
                                    sent_at = null, last_error = null
                where id = ? and status <> 'PENDING'
                """, id) == 1;
    }

    private static WebhookDelivery row(ResultSet row, int index) throws SQLException {
        return new WebhookDelivery(row.getObject("id", UUID.class), UUID.fromString(row.getString("target")),
                row.getString("department_code"), row.getObject("notification_id", UUID.class),
                row.getString("event_type"), row.getObject("case_id", UUID.class),
                DeliveryStatus.valueOf(row.getString("status")), row.getInt("attempts"),
                instant(row.getTimestamp("pending_since")), instant(row.getTimestamp("last_attempt_at")),
                instant(row.getTimestamp("next_attempt_at")), instant(row.getTimestamp("sent_at")),
                row.getString("last_error"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
