package org.gridgov.population.protection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.gridgov.runtime.security.Caller;
import org.gridgov.runtime.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes a row of {@code personal_data_access} for every full view, export or correction, in the
 * transaction of the read: a read whose log row cannot be written fails, and so does one past the
 * caller's {@link DisclosureLimit}. Each row says how many people it showed ({@code disclosed_people}).
 */
@Repository
public class AccessLog {

    public enum Action { READ, EXPORT, CORRECTION }

    public enum Subject { RESIDENT, HOUSEHOLD, HOUSE, ENTITY, VISIT, MEMBERSHIP }

    /** A subject shown in full, and the grid it belongs to. */
    public record Shown(UUID subjectId, String gridCode) {
    }

    private final JdbcClient jdbc;
    private final DisclosureLimit limit;
    private final Clock clock;

    AccessLog(JdbcClient jdbc, DisclosureLimit limit, Clock clock) {
        this.jdbc = jdbc;
        this.limit = limit;
        this.clock = clock;
    }

    /** A correction of a person's data, with the reason given (not a read: it counts against no limit). */
    public void recordCorrection(Caller caller, UUID residentId, String gridCode, String reason) {
        insert(caller, Action.CORRECTION, Subject.RESIDENT, residentId, gridCode, reason, 1);
    }

    /** An export of everything held about a person, once the limit allows it. */
    public void recordExport(Caller caller, Disclosure disclosure, UUID residentId, String gridCode) {
        limit.spend(caller, disclosure, 1);
        insert(caller, Action.EXPORT, Subject.RESIDENT, residentId, gridCode, disclosure.purpose().name(), 1);
    }

    /** Records a full view when the disclosure is one; a masked view is not a read of personal data. */
    public void recordIfFull(Caller caller, Disclosure disclosure, Subject subject, UUID subjectId, String gridCode) {
        recordIfFull(caller, disclosure, subject, subjectId, gridCode, 1);
    }

    /**
     * Records a full view of {@code people} people at once (a household's members), once the limit
     * allows it; a masked view is not a read of personal data.
     */
    public void recordIfFull(Caller caller, Disclosure disclosure, Subject subject, UUID subjectId, String gridCode,
                             int people) {
        if (disclosure.full()) {
            int shown = Math.max(1, people);
            limit.spend(caller, disclosure, shown);
            insert(caller, Action.READ, subject, subjectId, gridCode, disclosure.purpose().name(), shown);
        }
    }

    private void insert(Caller caller, Action action, Subject subject, UUID subjectId, String gridCode, String purpose,
                        int people) {
        jdbc.sql("""
                        insert into personal_data_access
                            (accessed_at, accessor_account_id, accessor_roles, action, subject_kind, subject_id, grid_code,
                             purpose, disclosed_people)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(Timestamp.from(clock.instant()), caller.accountId(),
                        rolesOf(caller),
                        action.name(), subject.name(), subjectId, gridCode, purpose, people)
                .update();
    }

    /**
     * Full views of several subjects in one answer (a list showing each member's special group): a row
     * each, written in one statement.
     */
    public void recordReads(Caller caller, Subject subject, List<Shown> shown, String purpose) {
        if (shown.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into personal_data_access
                            (accessed_at, accessor_account_id, accessor_roles, action, subject_kind, subject_id, grid_code, purpose)
                        select ?, ?, ?, 'READ', ?, v.id, v.grid, ? from unnest(?::uuid[], ?::text[]) as v(id, grid)
                        """)
                .params(Timestamp.from(clock.instant()), caller.accountId(),
                        rolesOf(caller), subject.name(),
                        purpose, shown.stream().map(Shown::subjectId).toArray(UUID[]::new),
                        shown.stream().map(Shown::gridCode).toArray(String[]::new))
                .update();
    }

    /** Every access to one subject, oldest first (for the export of a person's record). */
    public List<AccessEntry> about(UUID subjectId) {
        return jdbc.sql("select * from personal_data_access where subject_id = ? order by id").param(subjectId)
                .query(AccessLog::map).list();
    }

    /** Accesses to subjects inside the territory condition, newest first. */
    List<AccessEntry> search(String territoryCondition, List<Object> params, UUID subjectId, String accessor,
                             Instant from, Instant to, int limit, int offset) {
        StringBuilder sql = new StringBuilder("select * from personal_data_access where " + territoryCondition);
        List<Object> all = new ArrayList<>(params);
        if (subjectId != null) {
            sql.append(" and subject_id = ?");
            all.add(subjectId);
        }
        if (accessor != null) {
            sql.append(" and accessor_account_id = ?");
            all.add(accessor);
        }
        if (from != null) {
            sql.append(" and accessed_at >= ?");
            all.add(Timestamp.from(from));
        }
        if (to != null) {
            sql.append(" and accessed_at < ?");
            all.add(Timestamp.from(to));
        }
        sql.append(" order by id desc limit ? offset ?");
        all.add(limit);
        all.add(offset);
        return jdbc.sql(sql.toString()).params(all).query(AccessLog::map).list();
    }

    private static String rolesOf(Caller caller) {
        return caller.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static AccessEntry map(ResultSet rs, int row) throws SQLException {
        return new AccessEntry(rs.getLong("id"), rs.getTimestamp("accessed_at").toInstant(),
                rs.getString("accessor_account_id"), rs.getString("accessor_roles"), rs.getString("action"),
                rs.getString("subject_kind"), rs.getObject("subject_id", UUID.class), rs.getString("grid_code"),
                rs.getString("purpose"));
    }
}
