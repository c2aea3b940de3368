package org.gridgov.population.protection;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.gridgov.runtime.privacy.PersonalDataCipher;
import org.gridgov.runtime.privacy.SealedAt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves stored values to the current key after a rotation, in the background and without downtime:
 * old values stay readable (their key id names the old key) while small batches are re-encrypted, each
 * in its own transaction, rows claimed with {@code skip locked} so replicas and live writes never wait
 * on each other. When {@link #pending()} is zero the old key can leave the configuration.
 */
@Component
public class KeyRotation {

    private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

    /** Every sealed column, by table. */
    static final Map<String, List<String>> SEALED = Map.of(
            "resident", List.of("name", "id_number", "phone", "registered_place", "residence_permit", "birth_date"),
            "house", List.of("address"),
            "legal_entity", List.of("contact_name", "contact_phone"),
            "visit", List.of("findings", "readings"),
            "special_group_membership", List.of("group_code"));

    /** The sealed columns whose values are bound to their row ({@link SealedAt}), re-encrypted with it. */
    static final Set<String> BOUND_TO_ROW = Set.of("resident.birth_date", "special_group_membership.group_code");

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final TransactionTemplate transactions;
    private final RotationProperties properties;

    KeyRotation(JdbcClient jdbc, PersonalDataCipher cipher, TransactionTemplate transactions, RotationProperties properties) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.transactions = transactions;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${gridgov.population.rotation.interval:1m}",
            initialDelayString = "${gridgov.population.rotation.interval:1m}")
    void scheduledRun() {
        if (cipher.keyIds().size() == 1) {
            // Only the current key is configured: nothing can be under another, and a pass would read
            // every sealed row of the ledger (hundreds of thousands) each interval for nothing.
            return;
        }
        int moved = reencryptAll();
        if (moved > 0) {
            log.info("Re-encrypted {} row(s) under key id {}", moved, cipher.currentKeyId());
        }
    }

    /** Re-encrypts until nothing under an old key is left; returns the rows changed. */
    public int reencryptAll() {
        int total = 0;
        for (Map.Entry<String, List<String>> table : SEALED.entrySet()) {
            int moved;
            do {
                moved = reencryptBatch(table.getKey(), table.getValue());
                total += moved;
            } while (moved == properties.batchSize());
        }
        return total;
    }

    /** Rows still holding a value under another key than the current one. */
    public long pending() {
        long pending = 0;
        for (Map.Entry<String, List<String>> table : SEALED.entrySet()) {
            pending += jdbc.sql("select count(*) from " + table.getKey() + " where " + staleCondition(table.getValue()))
                    .param("prefix", cipher.currentKeyId() + ":").query(Long.class).single();
        }
        return pending;
    }

    private int reencryptBatch(String table, List<String> columns) {
        Integer moved = transactions.execute(status -> {
            List<Map<String, Object>> rows = jdbc.sql("select id, " + String.join(", ", columns) + " from " + table
                            + " where " + staleCondition(columns) + " limit :limit for update skip locked")
                    .param("prefix", cipher.currentKeyId() + ":").param("limit", properties.batchSize())
                    .query().listOfRows();
            for (Map<String, Object> row : rows) {
                StringBuilder sql = new StringBuilder("update " + table + " set ");
                for (int i = 0; i < columns.size(); i++) {
                    sql.append(i == 0 ? "" : ", ").append(columns.get(i)).append(" = ?");
                }
                sql.append(" where id = ?");
                Object[] values = new Object[columns.size() + 1];
                UUID id = (UUID) row.get("id");
                for (int i = 0; i < columns.size(); i++) {
                    String column = columns.get(i);
                    String stored = (String) row.get(column);
                    values[i] = BOUND_TO_ROW.contains(table + "." + column)
                            ? cipher.reencrypt(stored, SealedAt.column(table, column).row(id))
                            : cipher.reencrypt(stored);
                }
                values[columns.size()] = id;
                jdbc.sql(sql.toString()).params(values).update();
            }
            return rows.size();
        });
        return moved == null ? 0 : moved;
    }

    private static String staleCondition(List<String> columns) {
        return "(" + String.join(" or ", columns.stream()
                .map(column -> "(" + column + " is not null and not starts_with(" + column + ", :prefix))").toList()) + ")";
    }
}
