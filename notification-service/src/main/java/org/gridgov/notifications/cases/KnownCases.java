package org.gridgov.notifications.cases;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.gridgov.notifications.fanout.KnownStates;
import org.gridgov.notifications.routing.KnownCase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class KnownCases implements KnownStates<KnownCase> {

    private final JdbcTemplate jdbc;

    KnownCases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public KnownCase unknown() {
        return KnownCase.NOTHING;
    }

    @Override
    public Map<UUID, KnownCase> findAll(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.query("select * from known_case where case_id = any (?)", (row, index) -> Map.entry(
                        row.getObject("case_id", UUID.class), new KnownCase(row.getString("unit_code"),
                                row.getString("category"), row.getString("department_code"), row.getString("assignee_id"),
                                row.getTimestamp("due_at") == null ? null : row.getTimestamp("due_at").toInstant())),
                        (Object) caseIds.toArray(UUID[]::new)).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public void saveAll(Map<UUID, KnownCase> cases) {
        // In case order, so that concurrent batches lock rows in the same order.
        jdbc.batchUpdate("""
                insert into known_case (case_id, unit_code, category, department_code, assignee_id, due_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (case_id) do update
                    set unit_code = excluded.unit_code, category = excluded.category,
                        department_code = excluded.department_code, assignee_id = excluded.assignee_id,
                        due_at = excluded.due_at, updated_at = now()
                """, cases.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(entry -> new Object[] {
                entry.getKey(), entry.getValue().unitCode(), entry.getValue().category(),
                entry.getValue().departmentCode(), entry.getValue().assigneeId(),
                entry.getValue().dueAt() == null ? null : Timestamp.from(entry.getValue().dueAt())}).toList());
    }
}
