package org.gridgov.registry.generator;

import java.util.List;

import org.gridgov.registry.unit.UnitDraft;
import org.gridgov.registry.unit.UnitLevel;

/**
 * A generated county: its units, parents before children, and its staff assignments.
 */
public record GeneratedCounty(List<UnitDraft> units, List<StaffAssignment> staff) {

    /** One assignment, in the shape of {@code PUT /api/units/{unitCode}/staff/{role}/{accountId}}. */
    public record StaffAssignment(String unitCode, String role, String accountId, String displayName, String workPhone) {
    }

    public List<UnitDraft> unitsAt(UnitLevel level) {
        return units.stream().filter(unit -> unit.level() == level).toList();
    }

    public UnitDraft county() {
        return units.getFirst();
    }
}
