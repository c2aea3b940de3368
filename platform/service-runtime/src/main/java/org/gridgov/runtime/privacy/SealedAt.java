package org.gridgov.runtime.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a sealed value is stored: its table, column and row. The cipher binds all three into the
 * value's authentication tag, so a value copied into another row (one resident's ID number pasted
 * over another's), another column or another table no longer decrypts.
 *
 * @param table  the table, a SQL identifier
 * @param column the column, a SQL identifier
 * @param row    the row's primary key as text (a UUID, a case id)
 */
public record SealedAt(String table, String column, String row) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    public SealedAt {
        if (table == null || !IDENTIFIER.matcher(table).matches()) {
            throw new IllegalArgumentException("a sealed value's table must be a lower-case SQL identifier");
        }
        if (column == null || !IDENTIFIER.matcher(column).matches()) {
            throw new IllegalArgumentException("a sealed value's column must be a lower-case SQL identifier");
        }
        Objects.requireNonNull(row, "a sealed value's row must be named");
    }

    /** A column's values, one row at a time. */
    public static Column column(String table, String column) {
        return new Column(table, column);
    }

    /** The associated data: identifiers cannot hold a NUL, and the row comes last, so no two places share it. */
    byte[] associatedData(String keyId) {
        return String.join("\0", "gridgov-sealed-at-1", keyId, table, column, row).getBytes(StandardCharsets.UTF_8);
    }

    /** A table's column, to name a row's place in it. */
    public record Column(String table, String column) {

        public Column {
            new SealedAt(table, column, "");
        }

        public SealedAt row(Object id) {
            return new SealedAt(table, column, String.valueOf(Objects.requireNonNull(id, "row id")));
        }
    }
}
