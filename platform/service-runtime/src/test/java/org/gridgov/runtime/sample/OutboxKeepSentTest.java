package org.gridgov.runtime.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.gridgov.events.Topics;
import org.gridgov.runtime.outbox.EventOutbox;
import org.gridgov.testing.EventStreams;
import org.gridgov.testing.Recording;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** With {@code gridgov.outbox.keep-sent} set, published rows stay, marked sent, until that time is over. */
@SpringBootTest(properties = {"gridgov.outbox.relay-enabled=false", "gridgov.outbox.keep-sent=3d"})
class OutboxKeepSentTest extends RelayStoppedTest {

    @Autowired
    EventOutbox outbox;

    @Test
    void publishedRowIsMarkedSentAndKeptUntilItsTimeIsOver() {
        UUID caseId = UUID.randomUUID();
        try (Recording recording = EventStreams.record(Topics.CASE_EVENTS)) {
            String id = inTransaction(() -> outbox.append(Topics.CASE_EVENTS, caseId.toString(), filed(caseId)));

            relay.relayOnce();
            relay.deleteSentRows();

            recording.await(event -> id.equals(event.event().getId()));
            assertThat(jdbc.queryForObject("select count(*) from gridgov_outbox where event_id = ? and sent_at is not null",
                    Integer.class, id)).isOne();
        }
    }
}
