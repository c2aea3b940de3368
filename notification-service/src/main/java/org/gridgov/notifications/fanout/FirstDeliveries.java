package org.gridgov.notifications.fanout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import io.cloudevents.CloudEvent;
import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.EventTypes;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code ProcessedEvents.firstDelivery} for a batch of events in one round trip, on service-runtime's
 * {@code gridgov_processed_event}: the same rows, so a consumer may move between the two.
 */
@Repository
public class FirstDeliveries {

    private final JdbcTemplate jdbc;

    FirstDeliveries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records that {@code consumer} handles these events, in the caller's transaction, and reads the
     * facts of those it handles for the first time. Events of a type this service does not know (a
     * newer version) are not its business: neither recorded nor read.
     *
     * @return the facts, with their events, in the order of the events
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <F> List<Read<F>> read(String consumer, List<CloudEvent> events, FactReader<F> reader) {
        List<CloudEvent> known = events.stream().filter(event -> EventTypes.recordOf(event.getType()).isPresent()).toList();
        boolean[] first = record(consumer, known.stream().map(CloudEvent::getId).toList());
        List<Read<F>> read = new ArrayList<>();
        for (int index = 0; index < known.size(); index++) {
            CloudEvent event = known.get(index);
            if (first[index]) {
                Object payload = CloudEventCodec.data(event, EventTypes.recordOf(event.getType()).orElseThrow());
                reader.read(event.getId(), event.getType(), payload).ifPresent(facts -> read.add(new Read<>(facts, event)));
            }
        }
        return read;
    }

    /** @return per event, in order: true the first time, false when handled before (or earlier in the list) */
    private boolean[] record(String consumer, List<String> eventIds) {
        // Inserted in id order, so two consumers inserting overlapping batches lock rows in the same order.
        int[] order = IntStream.range(0, eventIds.size()).boxed()
                .sorted(Comparator.comparing(eventIds::get)).mapToInt(Integer::intValue).toArray();
        int[] inserted = jdbc.batchUpdate("""
                insert into gridgov_processed_event (consumer, event_id) values (?, ?)
                on conflict do nothing
                """, IntStream.of(order).mapToObj(index -> new Object[] {consumer, eventIds.get(index)}).toList());
        boolean[] first = new boolean[eventIds.size()];
        for (int position = 0; position < order.length; position++) {
            first[order[position]] = inserted[position] == 1;
        }
        return first;
    }

    /** Reads the facts of an event payload; empty when the payload concerns nothing to notify of. */
    @FunctionalInterface
    public interface FactReader<F> {
        Optional<F> read(String eventId, String eventType, Object payload);
    }

    /** The facts of an event read for the first time, with the event. */
    public record Read<F>(F facts, CloudEvent event) {
    }
}
