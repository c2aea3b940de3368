package org.gridgov.population.protection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 3: special-group memberships and birth dates, held in the clear until now, are sealed to
 * their rows, and each membership gets the keyed hash its group is found by in SQL. A Java migration
 * because the cipher's key is not the database's: the rows already written are sealed here, in the
 * migration's transaction, batch by batch, before the plaintext columns are replaced.
 *
 * <p>PostgreSQL keeps the replaced values in dead row versions until they are vacuumed: run
 * {@code VACUUM FULL resident, special_group_membership} after the upgrade (the README says so).
 */
@Component
class SealGroupsAndBirthDates implements JavaMigration {

    private static final int BATCH = 2_000;

    private final PersonalData personalData;

    SealGroupsAndBirthDates(PersonalData personalData) {
        this.personalData = personalData;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("3");
    }

    @Override
    public String getDescription() {
        return "seal special groups and birth dates";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table special_group_membership alter column group_code type text");
            ddl.execute("alter table special_group_membership add column group_hash text");
            ddl.execute("alter table resident alter column birth_date type text using to_char(birth_date, 'YYYY-MM-DD')");
        }
        sealGroups(connection);
        sealBirthDates(connection);
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table special_group_membership alter column group_hash set not null");
            ddl.execute("drop index membership_current");
            ddl.execute("create unique index membership_current on special_group_membership (resident_id, group_hash)"
                    + " where left_at is null");
            ddl.execute("create index membership_group on special_group_membership (group_hash) where left_at is null");
            ddl.execute("alter table personal_data_access drop constraint personal_data_access_subject_kind_check");
            ddl.execute("alter table personal_data_access add constraint personal_data_access_subject_kind_check check"
                    + " (subject_kind in ('RESIDENT', 'HOUSEHOLD', 'HOUSE', 'ENTITY', 'VISIT', 'MEMBERSHIP'))");
            ddl.execute("comment on column special_group_membership.group_code is"
                    + " 'the special group, sealed to its row (PersonalDataCipher, table, column and row bound)'");
            ddl.execute("comment on column special_group_membership.group_hash is"
                    + " 'keyed hash of grid and group (PersonalData.groupHash): lists by grid and group'");
            ddl.execute("comment on column resident.birth_date is 'the birth date, sealed to its row'");
        }
    }

    private void sealGroups(Connection connection) throws SQLException {
        sealEach(connection, "select id, group_code, grid_code from special_group_membership where id > ? order by id limit ?",
                "update special_group_membership set group_code = ?, group_hash = ? where id = ?", (update, row) -> {
                    update.setString(1, personalData.seal(row.value(), PersonalData.SPECIAL_GROUP.row(row.id())));
                    update.setString(2, personalData.groupHash(row.gridCode(), row.value()));
                    update.setObject(3, row.id());
                });
    }

    private void sealBirthDates(Connection connection) throws SQLException {
        sealEach(connection, "select id, birth_date, grid_code from resident where id > ? order by id limit ?",
                "update resident set birth_date = ? where id = ?", (update, row) -> {
                    update.setString(1, personalData.seal(row.value(), PersonalData.BIRTH_DATE.row(row.id())));
                    update.setObject(2, row.id());
                });
    }

    /** Reads the rows in batches by id and writes each batch's sealed values in one JDBC batch. */
    private static void sealEach(Connection connection, String select, String update, Binding binding) throws SQLException {
        // The smallest uuid as PostgreSQL orders them (bytes, unsigned).
        UUID after = new UUID(0, 0);
        List<Row> rows;
        while (!(rows = batch(connection, select, after)).isEmpty()) {
            try (PreparedStatement statement = connection.prepareStatement(update)) {
                for (Row row : rows) {
                    binding.bind(statement, row);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
            after = rows.getLast().id();
        }
    }

    private interface Binding {
        void bind(PreparedStatement update, Row row) throws SQLException;
    }

    private static List<Row> batch(Connection connection, String select, UUID after) throws SQLException {
        List<Row> rows = new ArrayList<>(BATCH);
        try (PreparedStatement query = connection.prepareStatement(select)) {
            query.setObject(1, after);
            query.setInt(2, BATCH);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return rows;
    }

    /** A row to seal: its id, the plaintext and its grid. Never logged. */
    private record Row(UUID id, String value, String gridCode) {

        @Override
        public String toString() {
            return "Row[" + id + "]";
        }
    }
}
