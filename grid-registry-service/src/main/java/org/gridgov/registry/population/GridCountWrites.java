package org.gridgov.registry.population;

import java.util.List;

import org.gridgov.events.population.GridPopulationCounted;
import org.gridgov.registry.state.UnitStates;
import org.gridgov.registry.unit.Unit;
import org.gridgov.registry.unit.UnitRepository;
import org.gridgov.runtime.messaging.ProcessedEvents;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Applies population's counts: stored per grid, and the grid's state republished when its figures move. */
@Service
class GridCountWrites {

    static final String CONSUMER = "grid-registry.population-counts";

    private final GridCountRepository counts;
    private final UnitRepository units;
    private final UnitStates states;
    private final ProcessedEvents processedEvents;

    GridCountWrites(GridCountRepository counts, UnitRepository units, UnitStates states, ProcessedEvents processedEvents) {
        this.counts = counts;
        this.units = units;
        this.states = states;
        this.processedEvents = processedEvents;
    }

    @Transactional
    void apply(String eventId, GridPopulationCounted counted) {
        if (!processedEvents.firstDelivery(CONSUMER, eventId)) {
            return;
        }
        GridCount incoming = GridCount.of(counted);
        // The unit first, as every change of a unit and its staff locks it: its next version and
        // state are published in commit order.
        Unit unit = units.lock(incoming.gridCode()).orElse(null);
        GridCount stored = counts.lock(incoming.gridCode()).orElse(null);
        CountRules.Outcome outcome = CountRules.outcome(stored, incoming, unit);
        if (outcome == CountRules.Outcome.STALE) {
            return;
        }
        counts.save(incoming);
        if (outcome == CountRules.Outcome.STORED_AND_REPUBLISHED) {
            states.touchAndPublish(List.of(incoming.gridCode()));
        }
    }
}
