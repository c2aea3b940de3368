package org.gridgov.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.gridgov.events.EventSchemas;
import org.gridgov.events.Topics;
import org.gridgov.testing.EventStreams;
import org.gridgov.testing.StreamedEvent;
import org.junit.jupiter.api.Test;

/** The streams the tests replay are what the producers would publish: valid against their schemas, on catalogue topics. */
class StreamFilesTest {

    @Test
    void everyRecordedEventFitsItsSchemaAndTopic() throws IOException {
        List<StreamedEvent> events;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/streams"))) {
            events = files.flatMap(file -> EventStreams.read(file).stream()).toList();
        }

        assertThat(events).isNotEmpty().allSatisfy(event -> {
            assertThat(EventSchemas.problems(event.event().getType(), event.event().getData().toBytes()))
                    .as(event.event().getId()).isEmpty();
            assertThat(Topics.find(event.topic())).as(event.event().getId()).isPresent();
        });
    }
}
