package org.gridgov.registry.unit;

import java.util.List;

/** A unit in a listing or a tree, without its boundary. */
public record UnitSummary(String code, String name, UnitLevel level, UnitKind kind, int households, int enterprises,
                          List<UnitSummary> children) {

    public static UnitSummary of(Unit unit, List<UnitSummary> children) {
        return new UnitSummary(unit.code(), unit.name(), unit.level(), unit.kind(), unit.households(),
                unit.enterprises(), children);
    }
}
