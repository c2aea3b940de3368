package org.gridgov.cases.contacts;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.gridgov.cases.lifecycle.CaseStore;
import org.gridgov.runtime.security.Caller;
import org.gridgov.runtime.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporter's contact, read only through here: every read leaves a row in
 * {@code reporter_contact_read} (who, in which role, why, whether there was one) in the transaction
 * of the read, and a log line; neither ever holds the contact. A read whose row cannot be written fails.
 */
@Component
public class ReporterContacts {

    private static final Logger log = LoggerFactory.getLogger(ReporterContacts.class);

    private final CaseStore cases;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReporterContacts(CaseStore cases, JdbcClient jdbc, Clock clock) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Why a contact is read, as the access log records it. */
    public enum Purpose {
        /** A command centre opens the case to call the resident back. */
        CALL_BACK,
        /** notification-service tells the resident what became of their report. */
        NOTIFY_REPORTER
    }

    /** The contact the reporter left with the case, if any; the read is logged either way. */
    @Transactional
    public Optional<String> read(UUID caseId, Caller caller, Purpose purpose) {
        Optional<String> contact = cases.contactOf(caseId);
        String roles = caller.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
        jdbc.sql("""
                        insert into reporter_contact_read (case_id, reader_id, reader_role, purpose, found, read_at)
                        select id, ?, ?, ?, ?, ? from case_file where id = ?
                        """)
                .params(caller.accountId(), roles, purpose.name(), contact.isPresent(), Timestamp.from(clock.instant()),
                        caseId)
                .update();
        log.info("Reporter contact of case {} read by {} ({}) to {}: {}", caseId, caller.accountId(), roles,
                purpose, contact.isPresent() ? "found" : "none kept");
        return contact;
    }
}
