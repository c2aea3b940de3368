package org.gridgov.cases.indicators;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators projection in PostgreSQL: one row per case, and how far {@code case.events} has
 * been read into it, per partition. Rows and offsets are written in one transaction.
 */
@Repository
class IndicatorStore {

    /** Taken by every round of the projection and by a reset, so only one replica writes at a time. */
    static final long PROJECTION_LOCK = 0x696e646963617473L;

    private static final String COLUMNS = """
            case_id, grid_code, category, reported_at, filed_at, rejected, duplicate_of, worker_id, department_code,
            level, closed_at, closed_on_time, rework_count, overdue_count, department_late, rating, rejection_code""";

    private final JdbcClient jdbc;

    IndicatorStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether this transaction now holds the projection lock; false when another replica projects. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean tryLead() {
        return jdbc.sql("select pg_try_advisory_xact_lock(?)").param(PROJECTION_LOCK).query(Boolean.class).single();
    }

    /** The next offset to read per partition. */
    @Transactional(propagation = Propagation.MANDATORY)
    Map<Integer, Long> offsets() {
        Map<Integer, Long> offsets = new HashMap<>();
        jdbc.sql("select kafka_partition, next_offset from indicator_offset")
                .query(rs -> {
                    offsets.put(rs.getInt(1), rs.getLong(2));
                });
        return offsets;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void saveOffsets(Map<Integer, Long> offsets) {
        if (offsets.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into indicator_offset (kafka_partition, next_offset)
                        select * from unnest(?::integer[], ?::bigint[])
                        on conflict (kafka_partition) do update set next_offset = excluded.next_offset
                        """)
                .params(offsets.keySet().toArray(Integer[]::new), offsets.values().toArray(Long[]::new))
                .update();
    }

    /** The facts already folded for these cases. */
    @Transactional(propagation = Propagation.MANDATORY)
    Map<UUID, CaseFacts> load(Collection<UUID> caseIds) {
        Map<UUID, CaseFacts> facts = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " from indicator_case where case_id = any(?::uuid[])")
                .param(strings(caseIds, UUID::toString))
                .query((rs, row) -> read(rs))
                .list()
                .forEach(one -> facts.put(one.caseId(), one));
        return facts;
    }

    /** Writes the facts of many cases in one statement. */
    @Transactional(propagation = Propagation.MANDATORY)
    void save(Collection<CaseFacts> cases) {
        if (cases.isEmpty()) {
            return;
        }
        List<CaseFacts> rows = List.copyOf(cases);
        jdbc.sql("""
                        insert into indicator_case (%s)
                        select * from unnest(?::uuid[], ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[],
                            ?::boolean[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::boolean[],
                            ?::integer[], ?::integer[], ?::boolean[], ?::smallint[], ?::text[])
                        on conflict (case_id) do update set grid_code = excluded.grid_code, category = excluded.category,
                            reported_at = excluded.reported_at, filed_at = excluded.filed_at,
                            rejected = excluded.rejected, duplicate_of = excluded.duplicate_of,
                            worker_id = excluded.worker_id, department_code = excluded.department_code,
                            level = excluded.level, closed_at = excluded.closed_at,
                            closed_on_time = excluded.closed_on_time, rework_count = excluded.rework_count,
                            overdue_count = excluded.overdue_count, department_late = excluded.department_late,
                            rating = excluded.rating, rejection_code = excluded.rejection_code
                        """.formatted(COLUMNS))
                .params(strings(rows, facts -> facts.caseId().toString()),
                        strings(rows, facts -> facts.gridCode),
                        strings(rows, facts -> facts.category),
                        strings(rows, facts -> text(facts.reportedAt)),
                        strings(rows, facts -> text(facts.filedAt)),
                        rows.stream().map(facts -> facts.rejected).toArray(Boolean[]::new),
                        strings(rows, facts -> facts.duplicateOf == null ? null : facts.duplicateOf.toString()),
                        strings(rows, facts -> facts.workerId),
                        strings(rows, facts -> facts.departmentCode),
                        strings(rows, facts -> facts.level),
                        strings(rows, facts -> text(facts.closedAt)),
                        rows.stream().map(facts -> facts.closedOnTime).toArray(Boolean[]::new),
                        rows.stream().map(facts -> facts.reworkCount).toArray(Integer[]::new),
                        rows.stream().map(facts -> facts.overdueCount).toArray(Integer[]::new),
                        rows.stream().map(facts -> facts.departmentLate).toArray(Boolean[]::new),
                        rows.stream().map(facts -> facts.rating).toArray(Integer[]::new),
                        strings(rows, facts -> facts.rejectionCode))
                .update();
    }

    /**
     * Empties the projection and sends its reader back to the start of every partition. Waits for a
     * round in progress on any replica to end; the projecting replica sees the offsets change and
     * reads the topic again from its start.
     */
    @Transactional
    void reset() {
        jdbc.sql("select count(pg_advisory_xact_lock(?))").param(PROJECTION_LOCK).query(Long.class).single();
        jdbc.sql("truncate indicator_case").update();
        jdbc.sql("update indicator_offset set next_offset = 0").update();
    }

    private static CaseFacts read(ResultSet rs) throws SQLException {
        CaseFacts facts = new CaseFacts(rs.getObject("case_id", UUID.class));
        facts.gridCode = rs.getString("grid_code");
        facts.category = rs.getString("category");
        facts.reportedAt = instant(rs, "reported_at");
        facts.filedAt = instant(rs, "filed_at");
        facts.rejected = rs.getBoolean("rejected");
        facts.duplicateOf = rs.getObject("duplicate_of", UUID.class);
        facts.workerId = rs.getString("worker_id");
        facts.departmentCode = rs.getString("department_code");
        facts.level = rs.getString("level");
        facts.closedAt = instant(rs, "closed_at");
        facts.closedOnTime = (Boolean) rs.getObject("closed_on_time");
        facts.reworkCount = rs.getInt("rework_count");
        facts.overdueCount = rs.getInt("overdue_count");
        facts.departmentLate = rs.getBoolean("department_late");
        facts.rating = rs.getObject("rating", Integer.class);
        facts.rejectionCode = rs.getString("rejection_code");
        return facts;
    }

    private static <T> String[] strings(Collection<T> items, Function<T, String> value) {
        return items.stream().map(value).toArray(String[]::new);
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
