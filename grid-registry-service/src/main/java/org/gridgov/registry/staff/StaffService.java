package org.gridgov.registry.staff;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.gridgov.registry.state.UnitStates;
import org.gridgov.registry.unit.Unit;
import org.gridgov.registry.unit.UnitRepository;
import org.gridgov.runtime.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assigns and releases staff; every change moves the unit to its next version and publishes it. */
@Service
class StaffService {

    private final UnitRepository units;
    private final StaffRepository staff;
    private final UnitStates states;
    private final StaffRules rules;
    private final Clock clock = Clock.systemUTC();

    StaffService(UnitRepository units, StaffRepository staff, UnitStates states, StaffProperties properties) {
        this.units = units;
        this.staff = staff;
        this.states = states;
        this.rules = new StaffRules(properties.maxGridsPerAnswerableCadre());
    }

    /**
     * Assigns the account, or updates its contact details when it already holds the role there.
     * With {@code replace}, a grid's current worker hands over to this one in the same transaction.
     */
    @Transactional
    Assignment assign(String unitCode, StaffRole role, String accountId, StaffRequest request, boolean replace) {
        Unit unit = units.lock(unitCode).orElseThrow(() -> new NotFoundException("unit", unitCode));
        Optional<Assignment> held = staff.active(unitCode, role, accountId);
        if (held.isPresent()) {
            Assignment current = held.get();
            if (!current.displayName().equals(request.displayName()) || !same(current.workPhone(), request.workPhone())) {
                // Names and phones stay here, never in events: the unit's published state is unchanged.
                staff.updateContact(current.id(), request.displayName(), request.workPhone());
            }
            return staff.active(unitCode, role, accountId).orElseThrow();
        }
        Optional<String> gridWorker = role == StaffRole.GRID_WORKER ? staff.activeGridWorker(unitCode) : Optional.empty();
        if (replace && gridWorker.isPresent()) {
            staff.active(unitCode, role, gridWorker.get()).ifPresent(previous -> staff.end(previous.id(), clock.instant()));
            gridWorker = Optional.empty();
        }
        int cadreGrids = role == StaffRole.ANSWERABLE_CADRE ? staff.lockAndCountCadreGrids(accountId) : 0;
        rules.checkNewAssignment(unit, role, accountId, gridWorker, cadreGrids);
        staff.insert(unitCode, role, accountId, request.displayName(), request.workPhone(), clock.instant());
        states.touchAndPublish(List.of(unitCode));
        return staff.active(unitCode, role, accountId).orElseThrow();
    }

    /** Ends an active assignment; it stays in the unit's history. */
    @Transactional
    void release(String unitCode, StaffRole role, String accountId) {
        units.lock(unitCode).orElseThrow(() -> new NotFoundException("unit", unitCode));
        Assignment held = staff.active(unitCode, role, accountId)
                .orElseThrow(() -> new NotFoundException("assignment", unitCode + "/" + role + "/" + accountId));
        staff.end(held.id(), clock.instant());
        states.touchAndPublish(List.of(unitCode));
    }

    @Transactional(readOnly = true)
    List<Assignment> of(String unitCode, boolean history) {
        return history ? staff.historyOf(unitCode) : staff.activeIn(List.of(unitCode));
    }

    @Transactional(readOnly = true)
    List<Assignment> ofAccount(String accountId) {
        return staff.activeOfAccount(accountId);
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
