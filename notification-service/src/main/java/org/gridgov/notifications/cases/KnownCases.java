package org.gridgov.notifications.cases;

import java.sql.Timestamp;
import java.util.UUID;

import org.gridgov.notifications.routing.KnownCase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class KnownCases {

    private final JdbcTemplate jdbc;

    KnownCases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    KnownCase find(UUID caseId) {
        return jdbc.query("select * from known_case where case_id = ?", (row, index) -> new KnownCase(
                        row.getString("unit_code"), row.getString("category"), row.getString("department_code"),
                        row.getString("assignee_id"),
                        row.getTimestamp("due_at") == null ? null : row.getTimestamp("due_at").toInstant()), caseId)
                .stream().findFirst().orElse(KnownCase.NOTHING);
    }

    void save(UUID caseId, KnownCase known) {
        jdbc.update("""
                insert into known_case (case_id, unit_code, category, department_code, assignee_id, due_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (case_id) do update
                    set unit_code = excluded.unit_code, category = excluded.category,
                        department_code = excluded.department_code, assignee_id = excluded.assignee_id,
                        due_at = excluded.due_at, updated_at = now()
                """, caseId, known.unitCode(), known.category(), known.departmentCode(), known.assigneeId(),
                known.dueAt() == null ? null : Timestamp.from(known.dueAt()));
    }
}
