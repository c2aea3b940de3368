package org.gridgov.population.entity;

import java.time.Instant;
import java.util.UUID;

/** A legal entity; its contact's name and phone masked unless the view is a full one. */
record EntityView(UUID id, String gridCode, String creditCode, String name, EntityKind kind, UUID houseId,
                  String contactName, String contactPhone, Instant closedAt, boolean masked) {
}
