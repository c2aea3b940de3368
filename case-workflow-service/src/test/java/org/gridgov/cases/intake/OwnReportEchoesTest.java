package org.gridgov.cases.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.adapter.RecordFilterStrategy;

class OwnReportEchoesTest {

    private final RecordFilterStrategy<String, byte[]> echoes =
            IntakeConfiguration.echoesOf(URI.create("/gridgov/case-workflow"));

    @Test
    void ourOwnReportIsDroppedByItsSource() {
        assertThat(echoes.filter(reportFrom("/gridgov/case-workflow"))).isTrue();
    }

    @Test
    void aReportFromAnIntakeSystemIsRead() {
        assertThat(echoes.filter(reportFrom("/hotline/12345"))).isFalse();
        assertThat(echoes.filter(reportFrom("/gridgov/case-workflow-replica"))).isFalse();
    }

    @Test
    void aRecordWithoutSourceIsReadAndLeftToTheListenerToRefuse() {
        assertThat(echoes.filter(new ConsumerRecord<>("case.reported", 0, 0L, "130527100201", new byte[0]))).isFalse();
    }

    private static ConsumerRecord<String, byte[]> reportFrom(String source) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("case.reported", 0, 0L, "130527100201", new byte[0]);
        record.headers().add("ce_source", source.getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
