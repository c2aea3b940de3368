package org.gridgov.notifications.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.gridgov.notifications.delivery.DeliveryStatus;
import org.gridgov.notifications.routing.Channel;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The inbox of an account: its notifications, nobody else's. */
@Repository
class Inbox {

    // A notification is in the inbox when it was delivered there (a rule may name other channels only).
    private static final String MINE = """
            from notification
            where recipient_kind = 'ACCOUNT' and recipient_id = :account
              and exists (select 1 from delivery d where d.notification_id = notification.id and d.channel = 'INBOX')
            """;
    private static final String ITEM = "select id, event_type, case_id, dispute_id, title, body, link, urgent, created_at, read_at " + MINE;

    private final NamedParameterJdbcTemplate jdbc;

    Inbox(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    InboxPage page(String accountId, int page, int size) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("account", accountId)
                .addValue("limit", size).addValue("offset", (long) page * size);
        List<InboxItem> items = jdbc.query(ITEM + " order by read_at is null desc, created_at desc, id limit :limit offset :offset",
                parameters, Inbox::item);
        Map<String, Object> counts = jdbc.queryForMap("""
                select count(*) as total, count(*) filter (where read_at is null) as unread
                """ + MINE, parameters);
        return new InboxPage(withDeliveries(items), page, size, ((Number) counts.get("total")).longValue(),
                ((Number) counts.get("unread")).longValue());
    }

    Optional<InboxItem> find(String accountId, UUID id) {
        return withDeliveries(jdbc.query(ITEM + " and id = :id",
                new MapSqlParameterSource("account", accountId).addValue("id", id), Inbox::item)).stream().findFirst();
    }

    /** @return false when the account has no such notification */
    boolean markRead(String accountId, UUID id) {
        return jdbc.update("""
                update notification set read_at = coalesce(read_at, now())
                where id = :id and recipient_kind = 'ACCOUNT' and recipient_id = :account
                """, new MapSqlParameterSource("account", accountId).addValue("id", id)) == 1;
    }

    private List<InboxItem> withDeliveries(List<InboxItem> items) {
        if (items.isEmpty()) {
            return items;
        }
        Map<UUID, List<InboxItem.Delivery>> deliveries = jdbc.query("""
                        select notification_id, channel, status, attempts, last_attempt_at, sent_at, last_error
                        from delivery where notification_id in (:ids) order by channel
                        """, new MapSqlParameterSource("ids", items.stream().map(InboxItem::id).toList()),
                        (row, index) -> Map.entry(row.getObject("notification_id", UUID.class), new InboxItem.Delivery(
                                Channel.valueOf(row.getString("channel")), DeliveryStatus.valueOf(row.getString("status")),
                                row.getInt("attempts"), instant(row.getTimestamp("last_attempt_at")),
                                instant(row.getTimestamp("sent_at")), row.getString("last_error"))))
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return items.stream().map(item -> item.withDeliveries(deliveries.getOrDefault(item.id(), List.of()))).toList();
    }

    private static InboxItem item(ResultSet row, int index) throws SQLException {
        return new InboxItem(row.getObject("id", UUID.class), row.getString("event_type"),
                row.getObject("case_id", UUID.class), row.getObject("dispute_id", UUID.class), row.getString("title"),
                row.getString("body"), row.getString("link"), row.getBoolean("urgent"), instant(row.getTimestamp("created_at")),
                instant(row.getTimestamp("read_at")), List.of());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
