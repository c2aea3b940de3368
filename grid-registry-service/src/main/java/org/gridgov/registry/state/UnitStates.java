package org.gridgov.registry.state;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gridgov.events.Topics;
import org.gridgov.events.units.UnitState;
import org.gridgov.registry.geometry.Boundaries;
import org.gridgov.registry.population.Figures;
import org.gridgov.registry.population.GridCount;
import org.gridgov.registry.population.GridCountRepository;
import org.gridgov.registry.staff.Assignment;
import org.gridgov.registry.staff.StaffRepository;
import org.gridgov.registry.unit.RoutingMode;
import org.gridgov.registry.unit.Unit;
import org.gridgov.registry.unit.UnitCodes;
import org.gridgov.registry.unit.UnitRepository;
import org.gridgov.runtime.outbox.EventOutbox;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes the full current state of changed units to the compacted {@code grid.units} topic,
 * through the outbox in the transaction of the change, so a consumer that reads the topic from the
 * start holds a replica of the registry. Staff appear as account ids and roles only; households and
 * enterprises are population's count where there is one, else the declared figures.
 */
@Component
public class UnitStates {

    private final UnitRepository units;
    private final StaffRepository staff;
    private final GridCountRepository counts;
    private final EventOutbox outbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UnitStates(UnitRepository units, StaffRepository staff, GridCountRepository counts, EventOutbox outbox,
               ApplicationEventPublisher events) {
        this.units = units;
        this.staff = staff;
        this.counts = counts;
        this.outbox = outbox;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    /** Publishes the units as they are now; their rows already carry the new version. */
    public void publish(Collection<String> codes) {
        if (codes.isEmpty()) {
            return;
        }
        List<Unit> changed = units.findAll(codes);
        Set<String> chains = new LinkedHashSet<>();
        changed.forEach(unit -> chains.addAll(UnitCodes.chainOf(unit.code())));
        Map<String, RoutingMode> ownModes = units.ownRoutingModes(chains);
        Map<String, List<UnitState.StaffMember>> staffByUnit = new HashMap<>();
        for (Assignment assignment : staff.activeIn(codes)) {
            staffByUnit.computeIfAbsent(assignment.unitCode(), code -> new ArrayList<>())
                    .add(new UnitState.StaffMember(assignment.accountId(), assignment.role().name()));
        }
        Map<String, GridCount> counted = counts.findAll(codes);
        for (Unit unit : changed) {
            outbox.append(Topics.GRID_UNITS, unit.code(), stateOf(unit, Figures.of(unit, counted.get(unit.code())),
                    ownModes, staffByUnit.getOrDefault(unit.code(), List.of())));
        }
        events.publishEvent(new UnitsChanged(changed));
    }

    /** Moves the units to their next version and publishes them: their staff or inherited mode changed. */
    public void touchAndPublish(Collection<String> codes) {
        if (codes.isEmpty()) {
            return;
        }
        units.touchAll(codes, clock.instant());
        publish(codes);
    }

    /**
     * Publishes a retired unit: its state with {@code retired} set, then a tombstone, so compaction
     * removes the unit from the topic and replicas drop it.
     */
    public void publishRetirement(String code) {
        publish(List.of(code));
        outbox.appendTombstone(Topics.GRID_UNITS, code);
    }

    static UnitState stateOf(Unit unit, Figures figures, Map<String, RoutingMode> ownModes,
                             List<UnitState.StaffMember> staff) {
        List<UnitState.StaffMember> members = staff.stream()
                .sorted(Comparator.comparing(UnitState.StaffMember::role).thenComparing(UnitState.StaffMember::accountId))
                .toList();
        return new UnitState(unit.code(), unit.parentCode(), unit.name(), unit.level().name(), unit.kind().name(),
                RoutingMode.effective(UnitCodes.chainOf(unit.code()), ownModes).name(), figures.households(),
                figures.enterprises(), Boundaries.toGeoJson(unit.boundary()), members, unit.retired(), unit.version(),
                unit.updatedAt());
    }
}
