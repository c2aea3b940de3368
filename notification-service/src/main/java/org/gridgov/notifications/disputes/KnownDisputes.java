package org.gridgov.notifications.disputes;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.gridgov.notifications.fanout.KnownStates;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class KnownDisputes implements KnownStates<KnownDispute> {

    private final JdbcTemplate jdbc;

    KnownDisputes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public KnownDispute unknown() {
        return KnownDispute.NOTHING;
    }

    @Override
    public Map<UUID, KnownDispute> findAll(Collection<UUID> disputeIds) {
        if (disputeIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.query("select * from known_dispute where dispute_id = any (?)", (row, index) -> Map.entry(
                        row.getObject("dispute_id", UUID.class), new KnownDispute(row.getString("dispute_type"),
                                row.getObject("case_id", UUID.class), row.getObject("session_id", UUID.class),
                                List.of((String[]) row.getArray("mediator_ids").getArray()))),
                        (Object) disputeIds.toArray(UUID[]::new)).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public void saveAll(Map<UUID, KnownDispute> disputes) {
        // In dispute order, so that concurrent batches lock rows in the same order.
        jdbc.batchUpdate("""
                insert into known_dispute (dispute_id, dispute_type, case_id, session_id, mediator_ids)
                values (?, ?, ?, ?, ?)
                on conflict (dispute_id) do update
                    set dispute_type = excluded.dispute_type, case_id = excluded.case_id,
                        session_id = excluded.session_id, mediator_ids = excluded.mediator_ids, updated_at = now()
                """, disputes.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(entry -> new Object[] {
                entry.getKey(), entry.getValue().disputeType(), entry.getValue().caseId(), entry.getValue().sessionId(),
                entry.getValue().mediatorIds().toArray(String[]::new)}).toList());
    }
}
