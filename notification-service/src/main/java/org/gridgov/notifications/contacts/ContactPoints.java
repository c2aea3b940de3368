package org.gridgov.notifications.contacts;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
public class ContactPoints {

    private static final RowMapper<ContactPoint> ROW = (row, index) -> new ContactPoint(row.getString("account_id"),
            row.getString("email"), row.getString("phone"), row.getString("locale"));

    private final JdbcTemplate jdbc;

    ContactPoints(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ContactPoint> find(String accountId) {
        return jdbc.query("select account_id, email, phone, locale from contact_point where account_id = ?", ROW,
                accountId).stream().findFirst();
    }

    /** The contact points of those accounts that have one, by account id, in one query. */
    public Map<String, ContactPoint> findAll(Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.query("select account_id, email, phone, locale from contact_point where account_id = any (?)", ROW,
                        (Object) accountIds.toArray(String[]::new)).stream()
                .collect(Collectors.toMap(ContactPoint::accountId, Function.identity()));
    }

    void save(ContactPoint contact) {
        jdbc.update("""
                insert into contact_point (account_id, email, phone, locale) values (?, ?, ?, ?)
                on conflict (account_id) do update
                    set email = excluded.email, phone = excluded.phone, locale = excluded.locale, updated_at = now()
                """, contact.accountId(), contact.email(), contact.phone(), contact.locale());
    }
}
