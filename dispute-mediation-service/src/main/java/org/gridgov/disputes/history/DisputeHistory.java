package org.gridgov.disputes.history;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gridgov.disputes.lifecycle.Dispute;
import org.gridgov.disputes.lifecycle.DisputeRepository;
import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.EventTypes;
import org.gridgov.events.Topics;
import org.gridgov.runtime.outbox.EventOutbox;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The append-only history of every dispute: each step is one row holding the payload of the event
 * it publishes on {@code dispute.events}, written with the outbox record in the transaction of the
 * change, so the history and the topic never disagree and carry no personal data. Two steps have no
 * event in the contract ({@link #note}): a risk raised where the dispute stays, and a time limit run
 * out where nothing is above; they are kept here alone.
 */
@Component
public class DisputeHistory {

    private static final String TYPE_PREFIX = "org.gridgov.dispute.";

    private final JdbcTemplate jdbc;
    private final EventOutbox outbox;

    DisputeHistory(JdbcTemplate jdbc, EventOutbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    /**
     * Records a step of {@code dispute} (as it stands after the step) and publishes its event.
     *
     * @param actor the account that took the step, or the consumer that took it for another service
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Dispute dispute, String actor, Instant at, Object event) {
        append(dispute, kindOf(event), actor, at, event);
        outbox.append(Topics.DISPUTE_EVENTS, dispute.id().toString(), event);
    }

    /**
     * Records a step that publishes nothing, because {@code dispute.events} has no event for it.
     *
     * @param kind   what happened, in the same form as the kinds of published steps, e.g. {@code risk-raised}
     * @param detail a record of ids and codes, never personal data
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void note(Dispute dispute, String kind, String actor, Instant at, Record detail) {
        append(dispute, kind, actor, at, detail);
    }

    private void append(Dispute dispute, String kind, String actor, Instant at, Object detail) {
        jdbc.update("""
                insert into dispute_history (dispute_id, kind, unit_code, level, grid_code, actor, occurred_at, detail)
                values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)""",
                dispute.id(), kind, dispute.unitCode(), dispute.level().name(), dispute.gridCode(), actor,
                DisputeRepository.ts(at), new String(CloudEventCodec.toJson(detail), StandardCharsets.UTF_8));
    }

    public List<HistoryEntry> of(UUID disputeId) {
        return jdbc.query("""
                select id, kind, unit_code, level, actor, occurred_at, detail::text as detail
                from dispute_history where dispute_id = ? order by id""",
                (rs, row) -> new HistoryEntry(rs.getLong("id"), rs.getString("kind"), rs.getString("unit_code"),
                        rs.getString("level"), rs.getString("actor"), DisputeRepository.instant(rs, "occurred_at"),
                        CloudEventCodec.MAPPER.readTree(rs.getString("detail"))),
                disputeId);
    }

    /** {@code org.gridgov.dispute.session-held.v1} is kept as {@code session-held}. */
    static String kindOf(Object event) {
        String type = EventTypes.typeOf(event.getClass());
        return type.substring(TYPE_PREFIX.length(), type.lastIndexOf(".v"));
    }

    /** One step of a dispute's course. */
    public record HistoryEntry(long sequence, String kind, String unitCode, String level, String actor,
                               Instant occurredAt, JsonNode detail) {
    }
}
