package org.gridgov.runtime.messaging;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each consumer has already applied. Kafka redelivers after a crash or a rebalance; a consumer
 * that records the {@code ce_id} here in the transaction of its effect applies every event once.
 */
public class ProcessedEvents {

    private final JdbcTemplate jdbc;

    public ProcessedEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records that {@code consumer} handles event {@code eventId}, inside the caller's transaction.
     *
     * @return true the first time, false when the event was already handled (drop it)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        return jdbc.update("""
                insert into gridgov_processed_event (consumer, event_id) values (?, ?)
                on conflict do nothing
                """, consumer, eventId) == 1;
    }
}
