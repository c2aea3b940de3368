package org.gridgov.population.house;

/** What a house or building is used for. */
public enum HouseKind {
    RESIDENTIAL,
    SHOP,
    FACTORY,
    VACANT
}
