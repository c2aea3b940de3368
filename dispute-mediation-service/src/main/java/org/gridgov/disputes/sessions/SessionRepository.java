package org.gridgov.disputes.sessions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gridgov.disputes.levels.Level;
import org.gridgov.disputes.levels.Room;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import static org.gridgov.disputes.lifecycle.DisputeRepository.instant;
import static org.gridgov.disputes.lifecycle.DisputeRepository.ts;

/** The {@code mediation_session} and {@code session_party} tables. */
@Repository
public class SessionRepository {

    private final JdbcTemplate jdbc;

    SessionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void schedule(Session session, List<UUID> partyIds) {
        jdbc.update("""
                insert into mediation_session (id, dispute_id, unit_code, level, room, place, starts_at, mediators, scheduled_at, state)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'SCHEDULED')""",
                session.id(), session.disputeId(), session.unitCode(), session.level().name(),
                session.room() == null ? null : session.room().name(), session.place(), ts(session.startsAt()),
                session.mediators().toArray(String[]::new), ts(session.scheduledAt()));
        invite(session.id(), partyIds);
    }

    void reschedule(Session session, List<UUID> partyIds) {
        jdbc.update("update mediation_session set place = ?, starts_at = ?, mediators = ?, scheduled_at = ? where id = ?",
                session.place(), ts(session.startsAt()), session.mediators().toArray(String[]::new),
                ts(session.scheduledAt()), session.id());
        jdbc.update("delete from session_party where session_id = ?", session.id());
        invite(session.id(), partyIds);
    }

    void held(Session session, Map<UUID, Boolean> attendance) {
        jdbc.update("""
                update mediation_session set state = 'HELD', outcome = ?, minutes_sealed = ?, all_attended = ?, held_at = ?
                where id = ?""",
                session.outcome().name(), session.minutesSealed(), session.allAttended(), ts(session.heldAt()), session.id());
        attendance.forEach((partyId, attended) -> jdbc.update(
                "update session_party set attended = ? where session_id = ? and party_id = ?", attended, session.id(), partyId));
    }

    Optional<Session> find(UUID disputeId, UUID sessionId) {
        return jdbc.query("select * from mediation_session where dispute_id = ? and id = ?", SessionRepository::session,
                disputeId, sessionId).stream().findFirst();
    }

    List<Session> of(UUID disputeId) {
        return jdbc.query("select * from mediation_session where dispute_id = ? order by starts_at, id",
                SessionRepository::session, disputeId);
    }

    List<UUID> invited(UUID sessionId) {
        return jdbc.queryForList("select party_id from session_party where session_id = ? order by party_id", UUID.class, sessionId);
    }

    /** The latest session held at the unit with that outcome, e.g. the one an agreement comes from. */
    public Optional<UUID> lastHeld(UUID disputeId, String unitCode, SessionOutcome outcome) {
        return jdbc.queryForList("""
                select id from mediation_session
                where dispute_id = ? and unit_code = ? and state = 'HELD' and outcome = ?
                order by held_at desc limit 1""", UUID.class, disputeId, unitCode, outcome.name()).stream().findFirst();
    }

    private void invite(UUID sessionId, List<UUID> partyIds) {
        partyIds.forEach(partyId -> jdbc.update("insert into session_party (session_id, party_id) values (?, ?)", sessionId, partyId));
    }

    private static Session session(ResultSet rs, int row) throws SQLException {
        String room = rs.getString("room");
        String outcome = rs.getString("outcome");
        return new Session(rs.getObject("id", UUID.class), rs.getObject("dispute_id", UUID.class), rs.getString("unit_code"),
                Level.valueOf(rs.getString("level")), room == null ? null : Room.valueOf(room), rs.getString("place"),
                instant(rs, "starts_at"), Arrays.asList((String[]) rs.getArray("mediators").getArray()),
                instant(rs, "scheduled_at"), "HELD".equals(rs.getString("state")),
                outcome == null ? null : SessionOutcome.valueOf(outcome), rs.getString("minutes_sealed"),
                rs.getObject("all_attended", Boolean.class), instant(rs, "held_at"));
    }
}
