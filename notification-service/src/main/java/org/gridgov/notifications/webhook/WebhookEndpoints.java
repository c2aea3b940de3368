package org.gridgov.notifications.webhook;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

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

    /** The endpoints that receive these departments' notifications, by department, in one query. */
    public Map<String, List<WebhookEndpoint>> activeOf(Collection<String> departmentCodes) {
        if (departmentCodes.isEmpty()) {
            return Map.of();
        }
        return jdbc.query("select * from webhook_endpoint where department_code = any (?) and active order by created_at",
                ROW, (Object) departmentCodes.toArray(String[]::new)).stream()
                .collect(Collectors.groupingBy(WebhookEndpoint::departmentCode));
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
