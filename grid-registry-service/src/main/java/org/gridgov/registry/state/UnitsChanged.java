package org.gridgov.registry.state;

import java.util.List;

import org.gridgov.registry.unit.Unit;

/** Units that changed in a transaction, as they are now; published to in-memory readers after the commit. */
public record UnitsChanged(List<Unit> units) {
}
