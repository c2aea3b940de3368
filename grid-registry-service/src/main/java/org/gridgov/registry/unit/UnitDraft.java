package org.gridgov.registry.unit;

import org.locationtech.jts.geom.Geometry;

/**
 * A unit as a caller wants it to be, from a {@code PUT} or one feature of an import.
 *
 * @param routingMode the unit's own mode, null to inherit
 * @param boundary    null where none is drawn
 */
public record UnitDraft(String code, String name, UnitLevel level, UnitKind kind, int households, int enterprises,
                        RoutingMode routingMode, Geometry boundary) {

    /** The draft that would save the unit as it is. */
    public static UnitDraft of(Unit unit) {
        return new UnitDraft(unit.code(), unit.name(), unit.level(), unit.kind(), unit.households(), unit.enterprises(),
                unit.routingMode(), unit.boundary());
    }

    public String parentCode() {
        return UnitCodes.parentOf(code).orElse(null);
    }

    /** Whether the stored unit already looks exactly like this draft, so saving it changes nothing. */
    public boolean sameAs(Unit stored) {
        return !stored.retired()
                && name.equals(stored.name()) && level == stored.level() && kind == stored.kind()
                && households == stored.households() && enterprises == stored.enterprises()
                && routingMode == stored.routingMode()
                && (boundary == null ? stored.boundary() == null
                        : stored.boundary() != null && boundary.equalsExact(stored.boundary()));
    }
}
