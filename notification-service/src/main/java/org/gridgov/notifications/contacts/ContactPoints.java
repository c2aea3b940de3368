package org.gridgov.notifications.contacts;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class ContactPoints {

    private final JdbcTemplate jdbc;

    ContactPoints(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<ContactPoint> find(String accountId) {
        return jdbc.query("select account_id, email, phone, locale from contact_point where account_id = ?",
                (row, index) -> new ContactPoint(row.getString("account_id"), row.getString("email"),
                        row.getString("phone"), row.getString("locale")), accountId).stream().findFirst();
    }

    void save(ContactPoint contact) {
        jdbc.update("""
                insert into contact_point (account_id, email, phone, locale) values (?, ?, ?, ?)
                on conflict (account_id) do update
                    set email = excluded.email, phone = excluded.phone, locale = excluded.locale, updated_at = now()
                """, contact.accountId(), contact.email(), contact.phone(), contact.locale());
    }
}
