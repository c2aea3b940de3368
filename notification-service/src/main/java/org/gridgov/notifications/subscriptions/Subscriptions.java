package org.gridgov.notifications.subscriptions;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.gridgov.notifications.routing.Followers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
class Subscriptions implements Followers {

    private static final RowMapper<Subscription> ROW = (row, index) -> new Subscription(row.getObject("id", UUID.class),
            row.getString("account_id"), row.getString("unit_code"), row.getString("category"),
            row.getTimestamp("created_at").toInstant());

    private final JdbcTemplate jdbc;

    Subscriptions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> following(String unitCode, String category) {
        // A subtree holds a unit when its code is a prefix of the unit's: look the prefixes up by equality.
        return jdbc.queryForList("""
                select distinct account_id from subscription
                where unit_code = any (?) and (category is null or category = ?)
                order by account_id
                """, String.class, prefixes(unitCode), category);
    }

    @Override
    public Followers of(Collection<String> unitCodes) {
        String[] prefixes = unitCodes.stream().filter(Objects::nonNull).flatMap(unitCode -> Arrays.stream(prefixes(unitCode)))
                .distinct().toArray(String[]::new);
        List<Subscription> subscriptions = prefixes.length == 0 ? List.of()
                : jdbc.query("select * from subscription where unit_code = any (?)", ROW, (Object) prefixes);
        return (unitCode, category) -> {
            List<String> unitPrefixes = List.of(prefixes(unitCode));
            return subscriptions.stream()
                    .filter(subscription -> unitPrefixes.contains(subscription.unitCode()))
                    .filter(subscription -> subscription.category() == null || subscription.category().equals(category))
                    .map(Subscription::accountId).distinct().sorted().toList();
        };
    }

    List<Subscription> of(String accountId) {
        return jdbc.query("select * from subscription where account_id = ? order by created_at", ROW, accountId);
    }

    Subscription add(String accountId, String unitCode, String category) {
        Optional<Subscription> existing = jdbc.query("""
                select * from subscription where account_id = ? and unit_code = ? and category is not distinct from ?
                """, ROW, accountId, unitCode, category).stream().findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        Subscription subscription = new Subscription(UUID.randomUUID(), accountId, unitCode, category,
                Instant.now());
        jdbc.update("insert into subscription (id, account_id, unit_code, category, created_at) values (?, ?, ?, ?, ?)",
                subscription.id(), accountId, unitCode, category, Timestamp.from(subscription.createdAt()));
        return subscription;
    }

    boolean remove(String accountId, UUID id) {
        return jdbc.update("delete from subscription where id = ? and account_id = ?", id, accountId) == 1;
    }

    /** 130527100201001 → 130527, 130527100, 130527100201, 130527100201001 (6, 9, 12, then 3 more per level). */
    static String[] prefixes(String unitCode) {
        List<String> prefixes = new ArrayList<>();
        for (int length = 6; length <= unitCode.length(); length += 3) {
            prefixes.add(unitCode.substring(0, length));
        }
        return prefixes.toArray(String[]::new);
    }
}
