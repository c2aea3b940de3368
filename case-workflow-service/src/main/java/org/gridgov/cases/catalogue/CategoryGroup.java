package org.gridgov.cases.catalogue;

/** The groups categories are listed under in the apps and in the indicators. */
public enum CategoryGroup {
    CITY_APPEARANCE,
    ENVIRONMENT,
    ILLEGAL_CONSTRUCTION,
    OLD_COMPOUND_FACILITIES,
    ROADS,
    WATER,
    NOISE,
    PUBLIC_SECURITY,
    FIRE_AND_GAS_SAFETY,
    PRODUCTION_SAFETY,
    FOOD_SAFETY,
    SPECIAL_GROUP_CARE,
    CONVENIENCE_SERVICES,
    DISPUTES,
    PUBLIC_HEALTH
}
