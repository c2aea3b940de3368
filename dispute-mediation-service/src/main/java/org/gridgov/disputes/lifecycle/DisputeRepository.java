package org.gridgov.disputes.lifecycle;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.gridgov.disputes.levels.DisputeType;
import org.gridgov.disputes.levels.Level;
import org.gridgov.disputes.levels.Risk;
import org.gridgov.disputes.levels.RiskLevel;
import org.gridgov.disputes.levels.Room;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The {@code dispute} table. */
@Repository
public class DisputeRepository {

    public static final String COLUMNS = """
            id, type, grid_code, unit_code, level, room, risk_level, risks, people_involved, amount_in_dispute,
            source, case_id, summary_sealed, state, opened_at, arrived_at, due_at, reopen_count, overdue_noted_at""";
    public static final RowMapper<Dispute> DISPUTE = DisputeRepository::dispute;

    /**
     * The open disputes whose time limit has run out and whose overrun nothing has answered yet, the
     * earliest first. Its condition is the predicate of the partial index {@code dispute_overdue_due},
     * so the scheduler reads the index, never the table; locked rows are skipped, so replicas scanning
     * at the same moment share the work instead of waiting for each other or taking a dispute twice.
     */
    public static final String OVERDUE = "select " + COLUMNS + """
             from dispute
            where state = 'OPEN' and overdue_noted_at is null and due_at <= ?
            order by due_at
            limit ?
            for update skip locked""";

    private final JdbcTemplate jdbc;

    DisputeRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Dispute dispute) {
        jdbc.update("insert into dispute (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                dispute.id(), dispute.type().name(), dispute.gridCode(), dispute.unitCode(), dispute.level().name(),
                name(dispute.room()), dispute.riskLevel().name(), risks(dispute.risks()), dispute.peopleInvolved(),
                dispute.amountInDispute(), dispute.source().name(), dispute.caseId(), dispute.summarySealed(),
                dispute.state().name(), ts(dispute.openedAt()), ts(dispute.arrivedAt()), ts(dispute.dueAt()),
                dispute.reopenCount(), ts(dispute.overdueNotedAt()));
    }

    /**
     * Saves where the dispute stands and the risk it carries now; what it is about (type, grid, people,
     * amount, source) never changes after opening.
     */
    public void update(Dispute dispute) {
        jdbc.update("""
                update dispute set unit_code = ?, level = ?, room = ?, risk_level = ?, risks = ?, state = ?, arrived_at = ?,
                       due_at = ?, reopen_count = ?, overdue_noted_at = ?
                where id = ?""",
                dispute.unitCode(), dispute.level().name(), name(dispute.room()), dispute.riskLevel().name(),
                risks(dispute.risks()), dispute.state().name(), ts(dispute.arrivedAt()), ts(dispute.dueAt()),
                dispute.reopenCount(), ts(dispute.overdueNotedAt()), dispute.id());
    }

    public Optional<Dispute> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from dispute where id = ?", DISPUTE, id).stream().findFirst();
    }

    /** The dispute, locked until the transaction ends, so two mediators cannot settle and escalate it at once. */
    public Optional<Dispute> lock(UUID id) {
        return jdbc.query("select " + COLUMNS + " from dispute where id = ? for update", DISPUTE, id).stream().findFirst();
    }

    /** Up to {@code limit} disputes overdue at {@code now}, locked until the transaction ends (see {@link #OVERDUE}). */
    public List<Dispute> lockOverdue(Instant now, int limit) {
        return jdbc.query(OVERDUE, DISPUTE, ts(now), limit);
    }

    public Optional<Dispute> findByCase(UUID caseId) {
        return jdbc.query("select " + COLUMNS + " from dispute where case_id = ?", DISPUTE, caseId).stream().findFirst();
    }

    public static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String[] risks(Set<Risk> risks) {
        return risks.stream().map(Risk::name).sorted().toArray(String[]::new);
    }

    private static Dispute dispute(ResultSet rs, int row) throws SQLException {
        Array risks = rs.getArray("risks");
        String room = rs.getString("room");
        String caseId = rs.getString("case_id");
        return new Dispute(rs.getObject("id", UUID.class), DisputeType.valueOf(rs.getString("type")),
                rs.getString("grid_code"), rs.getString("unit_code"), Level.valueOf(rs.getString("level")),
                room == null ? null : Room.valueOf(room), RiskLevel.valueOf(rs.getString("risk_level")),
                Arrays.stream((String[]) risks.getArray()).map(Risk::valueOf).collect(Collectors.toSet()),
                rs.getInt("people_involved"), rs.getBigDecimal("amount_in_dispute"), Source.valueOf(rs.getString("source")),
                caseId == null ? null : UUID.fromString(caseId), rs.getString("summary_sealed"),
                DisputeState.valueOf(rs.getString("state")), instant(rs, "opened_at"), instant(rs, "arrived_at"),
                instant(rs, "due_at"), rs.getInt("reopen_count"), instant(rs, "overdue_noted_at"));
    }

    public List<Dispute> query(String where, List<Object> args) {
        return jdbc.query("select " + COLUMNS + " from dispute where " + where, DISPUTE, args.toArray());
    }
}
