package org.gridgov.notifications.webhook;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class WebhookEndpoints {

    private static final RowMapper<WebhookEndpoint> ROW = (row, index) -> new WebhookEndpoint(
            row.getObject("id", UUID.class), row.getString("department_code"), row.getString("url"),
            row.getString("secret"), row.getString("description"), row.getBoolean("active"),
            row.getString("created_by"), row.getTimestamp("created_at").toInstant());

    private final JdbcTemplate jdbc;

    WebhookEndpoints(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The endpoints that receive the department's notifications. */
    public List<WebhookEndpoint> activeOf(String departmentCode) {
        return jdbc.query("select * from webhook_endpoint where department_code = ? and active order by created_at",
                ROW, departmentCode);
    }

    Optional<WebhookEndpoint> find(UUID id) {
        return jdbc.query("select * from webhook_endpoint where id = ?", ROW, id).stream().findFirst();
    }

    List<WebhookEndpoint> of(String departmentCode) {
        return jdbc.query("select * from webhook_endpoint where department_code = ? order by created_at", ROW,
                departmentCode);
    }

    void add(WebhookEndpoint endpoint) {
        jdbc.update("""
                insert into webhook_endpoint (id, department_code, url, secret, description, active, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """, endpoint.id(), endpoint.departmentCode(), endpoint.url(), endpoint.secret(), endpoint.description(),
                endpoint.active(), endpoint.createdBy(), Timestamp.from(endpoint.createdAt()));
    }

    void deactivate(UUID id) {
        jdbc.update("update webhook_endpoint set active = false where id = ?", id);
    }
}
