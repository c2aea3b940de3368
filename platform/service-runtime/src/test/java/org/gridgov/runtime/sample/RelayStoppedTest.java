package org.gridgov.runtime.sample;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import org.gridgov.events.Topics;
import org.gridgov.events.cases.CaseFiled;
import org.gridgov.runtime.outbox.EventOutbox;
import org.gridgov.runtime.outbox.OutboxRelay;
import org.gridgov.testing.EventStreams;
import org.gridgov.testing.RealInfrastructure;
import org.gridgov.testing.Recording;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox tests' common ground: the relay is stopped, so each test decides when it runs (one context for all). */
@RealInfrastructure
@SpringBootTest(properties = "gridgov.outbox.relay-enabled=false")
abstract class RelayStoppedTest {

    @Autowired
    OutboxRelay relay;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    EventOutbox outbox;

    /** Runs the work in a transaction of its own, as a service's change would write its events. */
    <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactionManager).execute(status -> work.get());
    }

    /**
     * Appends one event of a new case, runs one relay round and waits until Kafka has the event.
     *
     * @return the event's id
     */
    String publishOne() {
        UUID caseId = UUID.randomUUID();
        try (Recording recording = EventStreams.record(Topics.CASE_EVENTS)) {
            String id = inTransaction(() -> outbox.append(Topics.CASE_EVENTS, caseId.toString(), filed(caseId)));
            relay.relayOnce();
            recording.await(event -> id.equals(event.event().getId()));
            return id;
        }
    }

    static CaseFiled filed(UUID caseId) {
        return new CaseFiled(caseId, UUID.randomUUID(), "ENV_GARBAGE", "130527100201001", "130527100201001", "GRID",
                "NORMAL", "WEB_FORM", Instant.parse("2026-11-23T08:00:00Z"));
    }
}
