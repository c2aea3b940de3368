package org.gridgov.devstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The number of rows in every table of every service database of a stack (the outbox and the
 * processed events included), read straight from its PostgreSQL as the stack's own user: what a
 * request wrote, whatever the service says it did.
 */
final class RowCounts implements AutoCloseable {

    private final Map<String, Connection> connections = new TreeMap<>();
    /** Per database, one query counting every table, built once: the schemas are migrated before the stack is up. */
    private final Map<String, String> countQueries = new TreeMap<>();

    RowCounts(StackLayout layout) throws SQLException {
        for (String database : ServiceSpec.databases()) {
            Connection connection = DriverManager.getConnection(layout.jdbcUrl(database), StackLayout.DATABASE_USER,
                    StackLayout.DATABASE_PASSWORD);
            connections.put(database, connection);
            List<String> tables = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select quote_ident(table_schema) || '.' || quote_ident(table_name) "
                         + "from information_schema.tables where table_type = 'BASE TABLE' "
                         + "and table_schema not in ('pg_catalog', 'information_schema')")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            if (!tables.isEmpty()) {
                countQueries.put(database, String.join(" union all ", tables.stream()
                        .map(table -> "select '" + table.replace("'", "''") + "', count(*) from " + table).toList()));
            }
        }
    }

    /** {@code database.schema.table} → rows, now. */
    Map<String, Long> now() {
        Map<String, Long> counts = new TreeMap<>();
        countQueries.forEach((database, query) -> {
            try (Statement statement = connections.get(database).createStatement(); ResultSet rows = statement.executeQuery(query)) {
                while (rows.next()) {
                    counts.put(database + "." + rows.getString(1), rows.getLong(2));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot count the rows of " + database, e);
            }
        });
        return counts;
    }

    @Override
    public void close() throws SQLException {
        for (Connection connection : connections.values()) {
            connection.close();
        }
    }

    /**
     * The counts once every outbox is empty (the relay has published what accepted requests wrote) and
     * two readings {@code pause} apart agree (the listeners have applied it), or after {@code patience}.
     */
    Map<String, Long> settled(Duration pause, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        Map<String, Long> last = now();
        while (System.nanoTime() < deadline) {
            Thread.sleep(pause.toMillis());
            Map<String, Long> next = now();
            if (next.equals(last) && outboxesEmpty(next)) {
                return next;
            }
            last = next;
        }
        return last;
    }

    private static boolean outboxesEmpty(Map<String, Long> counts) {
        return counts.entrySet().stream().filter(count -> count.getKey().endsWith(".gridgov_outbox"))
                .allMatch(count -> count.getValue() == 0);
    }

    /** {@code table: before → after} for each table whose count changed. */
    static List<String> changes(Map<String, Long> before, Map<String, Long> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((table, rows) -> {
            long was = before.getOrDefault(table, 0L);
            if (rows != was) {
                changed.add(table + ": " + was + " → " + rows);
            }
        });
        return changed;
    }
}
