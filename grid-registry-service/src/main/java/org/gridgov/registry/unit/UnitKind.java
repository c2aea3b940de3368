package org.gridgov.registry.unit;

/** What kind of ground a unit covers; the sizing standard of a grid depends on it. */
public enum UnitKind {
    URBAN,
    RURAL,
    ENTERPRISE,
    SPECIAL
}
