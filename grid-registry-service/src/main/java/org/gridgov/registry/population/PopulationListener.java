package org.gridgov.registry.population;

import io.cloudevents.CloudEvent;
import org.gridgov.events.CloudEventCodec;
import org.gridgov.events.EventTypes;
import org.gridgov.events.Topics;
import org.gridgov.events.population.GridPopulationCounted;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads population's counts of grids; the topic's other events (residents, households, visits) are not the registry's. */
@Component
class PopulationListener {

    private static final String COUNTED = EventTypes.typeOf(GridPopulationCounted.class);

    private final GridCountWrites counts;

    PopulationListener(GridCountWrites counts) {
        this.counts = counts;
    }

    @KafkaListener(topics = Topics.POPULATION_EVENTS)
    void on(CloudEvent event) {
        if (COUNTED.equals(event.getType())) {
            counts.apply(event.getId(), CloudEventCodec.data(event, GridPopulationCounted.class));
        }
    }
}
