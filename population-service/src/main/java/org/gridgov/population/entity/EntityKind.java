package org.gridgov.population.entity;

/** What kind of legal entity. */
enum EntityKind {
    ENTERPRISE,
    SHOP,
    INDIVIDUAL_BUSINESS,
    ORGANISATION
}
