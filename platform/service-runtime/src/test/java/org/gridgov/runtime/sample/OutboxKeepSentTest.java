package org.gridgov.runtime.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** With {@code gridgov.outbox.keep-sent} set, published rows stay, marked sent, until that time is over. */
@SpringBootTest(properties = {"gridgov.outbox.relay-enabled=false", "gridgov.outbox.keep-sent=3d"})
class OutboxKeepSentTest extends RelayStoppedTest {

    @Test
    void publishedRowIsMarkedSentAndKeptUntilItsTimeIsOver() {
        String id = publishOne();

        relay.deleteSentRows();

        assertThat(jdbc.queryForObject("select count(*) from gridgov_outbox where event_id = ? and sent_at is not null",
                Integer.class, id)).isOne();
    }
}
