package org.gridgov.notifications.routing;

/** Which units' staff a {@link Audience#STAFF} rule reaches, relative to the unit the event concerns. */
public enum UnitScope {
    UNIT,
    ANCESTORS,
    UNIT_AND_ANCESTORS
}
