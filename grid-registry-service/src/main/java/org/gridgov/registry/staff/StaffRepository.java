package org.gridgov.registry.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The {@code staff_assignment} table: current and past assignments. */
@Repository
public class StaffRepository {

    private static final String COLUMNS = "id, unit_code, role, account_id, display_name, work_phone, assigned_from, assigned_to";
    private static final RowMapper<Assignment> ASSIGNMENT = StaffRepository::assignment;

    private final JdbcTemplate jdbc;

    StaffRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Active assignments of these units, by unit, role and account. */
    public List<Assignment> activeIn(Collection<String> unitCodes) {
        return jdbc.query("select " + COLUMNS + " from staff_assignment"
                + " where unit_code = any(?) and assigned_to is null order by unit_code, role, account_id", ASSIGNMENT, (Object) unitCodes.toArray(String[]::new));
    }

    /** Every assignment of a unit, past ones included, newest first. */
    List<Assignment> historyOf(String unitCode) {
        return jdbc.query("select " + COLUMNS + " from staff_assignment where unit_code = ? order by assigned_from desc, id desc",
                ASSIGNMENT, unitCode);
    }

    List<Assignment> activeOfAccount(String accountId) {
        return jdbc.query("select " + COLUMNS + " from staff_assignment where account_id = ? and assigned_to is null order by unit_code, role",
                ASSIGNMENT, accountId);
    }

    Optional<Assignment> active(String unitCode, StaffRole role, String accountId) {
        return jdbc.query("select " + COLUMNS
                + " from staff_assignment where unit_code = ? and role = ? and account_id = ? and assigned_to is null",
                ASSIGNMENT, unitCode, role.name(), accountId).stream().findFirst();
    }

    Optional<String> activeGridWorker(String unitCode) {
        return jdbc.queryForList("""
                select account_id from staff_assignment
                where unit_code = ? and role = 'GRID_WORKER' and assigned_to is null""", String.class, unitCode)
                .stream().findFirst();
    }

    public int countActive(String unitCode) {
        return jdbc.queryForObject("select count(*) from staff_assignment where unit_code = ? and assigned_to is null",
                Integer.class, unitCode);
    }

    /** Active answerable-cadre assignments of the account, taking a lock so two requests cannot both pass the limit. */
    int lockAndCountCadreGrids(String accountId) {
        jdbc.queryForObject("select pg_advisory_xact_lock(hashtext(?))::text", String.class, "cadre:" + accountId);
        return jdbc.queryForObject("""
                select count(*) from staff_assignment
                where account_id = ? and role = 'ANSWERABLE_CADRE' and assigned_to is null""", Integer.class, accountId);
    }

    void insert(String unitCode, StaffRole role, String accountId, String displayName, String workPhone, Instant from) {
        jdbc.update("""
                insert into staff_assignment (unit_code, role, account_id, display_name, work_phone, assigned_from)
                values (?, ?, ?, ?, ?, ?)""", unitCode, role.name(), accountId, displayName, workPhone, Timestamp.from(from));
    }

    void updateContact(long id, String displayName, String workPhone) {
        jdbc.update("update staff_assignment set display_name = ?, work_phone = ? where id = ?", displayName, workPhone, id);
    }

    void end(long id, Instant to) {
        jdbc.update("update staff_assignment set assigned_to = ? where id = ?", Timestamp.from(to), id);
    }

    private static Assignment assignment(ResultSet rs, int row) throws SQLException {
        Timestamp to = rs.getTimestamp("assigned_to");
        return new Assignment(rs.getLong("id"), rs.getString("unit_code"), StaffRole.valueOf(rs.getString("role")),
                rs.getString("account_id"), rs.getString("display_name"), rs.getString("work_phone"),
                rs.getTimestamp("assigned_from").toInstant(), to == null ? null : to.toInstant());
    }
}
