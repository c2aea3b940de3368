package org.gridgov.notifications.fanout;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.gridgov.events.units.UnitState;
import org.gridgov.notifications.routing.Staffing;
import org.gridgov.runtime.units.UnitReplica;
import org.springframework.stereotype.Component;

/** Staffing and unit names from this service's replica of {@code grid.units}. */
@Component
class RegistryStaffing implements Staffing {

    private static final Duration CATCH_UP = Duration.ofSeconds(60);

    private final UnitReplica units;

    RegistryStaffing(UnitReplica units) {
        this.units = units;
    }

    @Override
    public Optional<String> staffOf(String unitCode, String role) {
        ready();
        return units.staffOf(unitCode, role);
    }

    @Override
    public List<String> ancestorsOf(String unitCode) {
        ready();
        return units.ancestors(unitCode).stream().map(UnitState::code).toList();
    }

    Optional<String> nameOf(String unitCode) {
        ready();
        return units.find(unitCode).map(UnitState::name);
    }

    /**
     * Routing on a half-read registry would silently skip people; the listener waits instead, and
     * fails (to be retried) if the registry cannot be read at all.
     */
    private void ready() {
        if (units.isCaughtUp()) {
            return;
        }
        try {
            if (!units.awaitCaughtUp(CATCH_UP)) {
                throw new IllegalStateException("the unit replica has not caught up with grid.units");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the unit replica", e);
        }
    }
}
