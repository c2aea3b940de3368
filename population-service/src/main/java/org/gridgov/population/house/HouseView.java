package org.gridgov.population.house;

import java.util.UUID;

/** A house; the address masked ({@code 南和区和阳镇****}) unless the view is a full one. */
record HouseView(UUID id, String gridCode, HouseKind kind, String address, Integer floors, Integer rooms,
                 UUID ownerResidentId, UUID ownerEntityId, boolean masked) {
}
