package org.gridgov.runtime.sample;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gridgov.events.Topics;
import org.gridgov.events.cases.CaseFiled;
import org.gridgov.events.cases.DepartmentFeedback;
import org.gridgov.runtime.messaging.ProcessedEvents;
import org.gridgov.runtime.outbox.EventOutbox;
import org.gridgov.runtime.web.NotFoundException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class SampleCaseService {

    private final JdbcTemplate jdbc;
    private final EventOutbox outbox;
    private final ProcessedEvents processedEvents;

    SampleCaseService(JdbcTemplate jdbc, EventOutbox outbox, ProcessedEvents processedEvents) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.processedEvents = processedEvents;
    }

    @Transactional
    UUID file(FileRequest request) {
        UUID caseId = UUID.randomUUID();
        jdbc.update("insert into sample_case (id, unit_code, category, feedback_count) values (?, ?, ?, 0)",
                caseId, request.unitCode(), request.category());
        outbox.append(Topics.CASE_EVENTS, caseId.toString(), new CaseFiled(caseId, UUID.randomUUID(),
                request.category(), request.unitCode(), request.unitCode(), "GRID", "NORMAL", "WEB_FORM", Instant.now()));
        return caseId;
    }

    @Transactional
    void recordFeedback(String eventId, DepartmentFeedback feedback) {
        if (!processedEvents.firstDelivery("sample.feedback", eventId)) {
            return;
        }
        int updated = jdbc.update("update sample_case set feedback_count = feedback_count + 1, last_outcome = ? where id = ?",
                feedback.outcome(), feedback.caseId());
        if (updated == 0) {
            // Rolls back the processed-event row too: after retries the event waits in the
            // dead-letter topic until the case exists and an operator re-drives it.
            throw new NotFoundException("case", feedback.caseId());
        }
    }

    Optional<Map<String, Object>> find(UUID caseId) {
        return jdbc.queryForList("select * from sample_case where id = ?", caseId).stream().findFirst();
    }
}
