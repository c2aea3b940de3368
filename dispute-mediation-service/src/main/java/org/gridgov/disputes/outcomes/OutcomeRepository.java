package org.gridgov.disputes.outcomes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gridgov.disputes.lifecycle.Performance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import static org.gridgov.disputes.lifecycle.DisputeRepository.instant;
import static org.gridgov.disputes.lifecycle.DisputeRepository.ts;

/** The {@code agreement}, {@code agreement_confirmation}, {@code referral} and {@code follow_up} tables. */
@Repository
class OutcomeRepository {

    private final JdbcTemplate jdbc;

    OutcomeRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Agreement agreement, List<UUID> confirmedBy, String recordedBy) {
        jdbc.update("""
                insert into agreement (id, dispute_id, session_id, unit_code, level, room, terms_sealed, amount, perform_by, follow_up_on, settled_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                agreement.id(), agreement.disputeId(), agreement.sessionId(), agreement.unitCode(), agreement.level(),
                agreement.room(), agreement.termsSealed(), agreement.amount(), agreement.performBy(),
                agreement.followUpOn(), ts(agreement.settledAt()));
        confirmedBy.forEach(partyId -> jdbc.update("""
                insert into agreement_confirmation (agreement_id, party_id, recorded_by, confirmed_at) values (?, ?, ?, ?)""",
                agreement.id(), partyId, recordedBy, ts(agreement.settledAt())));
    }

    Optional<Agreement> latest(UUID disputeId) {
        return jdbc.query("select * from agreement where dispute_id = ? order by settled_at desc limit 1",
                (rs, row) -> new Agreement(rs.getObject("id", UUID.class), rs.getObject("dispute_id", UUID.class),
                        rs.getObject("session_id", UUID.class), rs.getString("unit_code"), rs.getString("level"),
                        rs.getString("room"), rs.getString("terms_sealed"), rs.getBigDecimal("amount"),
                        rs.getObject("perform_by", LocalDate.class), rs.getObject("follow_up_on", LocalDate.class),
                        instant(rs, "settled_at")),
                disputeId).stream().findFirst();
    }

    void refer(UUID disputeId, String channel, String bodyCode, String reason, Instant at) {
        jdbc.update("insert into referral (dispute_id, channel, body_code, reason, referred_at) values (?, ?, ?, ?, ?)",
                disputeId, channel, bodyCode, reason, ts(at));
    }

    void followUp(UUID agreementId, UUID disputeId, Performance performance, boolean onTime, String notesSealed,
                  String visitor, boolean reopened, Instant at) {
        jdbc.update("""
                insert into follow_up (id, agreement_id, dispute_id, performance, on_time, notes_sealed, visitor, reopened, followed_up_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                UUID.randomUUID(), agreementId, disputeId, performance.name(), onTime, notesSealed, visitor, reopened, ts(at));
    }
}
