package org.gridgov.cases.contacts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases the contacts of reporters whose case ended longer than the retention ago: closed (or
 * evaluated) since {@code closed_at}, or rejected since its last change. A reopened case is neither
 * (reopening clears {@code closed_at}), so it keeps its contact; a report linked as a duplicate may
 * still be unlinked and is not touched. Each batch deletes the contact rows and marks the cases in one
 * transaction; cases are claimed {@code FOR UPDATE SKIP LOCKED}, so replicas share the work and a
 * reopening in progress either waits for the batch or is skipped by it, never half-erased.
 */
@Component
class ReporterContactErasure {

    private static final Logger log = LoggerFactory.getLogger(ReporterContactErasure.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ContactRetentionProperties properties;
    private final Clock clock;

    ReporterContactErasure(JdbcClient jdbc, TransactionTemplate transactions, ContactRetentionProperties properties,
                           Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /** Erases every contact past its retention, batch after batch; returns how many. */
    int eraseDue() {
        Instant now = clock.instant();
        Timestamp endedBefore = Timestamp.from(now.minus(properties.reporterContactRetention()));
        int erased = 0;
        int batch;
        do {
            batch = transactions.execute(status -> eraseBatch(endedBefore, Timestamp.from(now)));
            erased += batch;
        } while (batch == properties.reporterContactErasureBatch());
        if (erased > 0) {
            log.info("Erased the reporter's contact of {} ended case(s)", erased);
        }
        return erased;
    }

    private int eraseBatch(Timestamp endedBefore, Timestamp now) {
        List<UUID> cases = jdbc.sql("""
                        select f.id from case_file f join case_reporter_contact c on c.case_id = f.id
                         where (f.state in ('CLOSED', 'EVALUATED') and f.closed_at <= :endedBefore)
                            or (f.state = 'REJECTED' and f.updated_at <= :endedBefore)
                         order by f.id
                         limit :batch
                           for update of f skip locked
                        """)
                .param("endedBefore", endedBefore).param("batch", properties.reporterContactErasureBatch())
                .query(UUID.class).list();
        if (cases.isEmpty()) {
            return 0;
        }
        UUID[] ids = cases.toArray(UUID[]::new);
        jdbc.sql("delete from case_reporter_contact where case_id = any(?)").param(ids).update();
        jdbc.sql("update case_file set reporter_contact_erased_at = ? where id = any(?)").params(now, ids).update();
        return cases.size();
    }
}
