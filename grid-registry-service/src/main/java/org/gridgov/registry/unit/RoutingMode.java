package org.gridgov.registry.unit;

import java.util.List;
import java.util.Map;

/**
 * How cases climb from a grid: rural units one level at a time, urban units straight to the county
 * centre (Nanhe, seed 002). A unit inherits the mode of its nearest ancestor that sets one.
 */
public enum RoutingMode {
    LEVEL_BY_LEVEL,
    FLAT;

    /** Where no unit of the chain sets a mode: the rural default, the safer way up. */
    public static final RoutingMode DEFAULT = LEVEL_BY_LEVEL;

    /**
     * The effective mode of a unit.
     *
     * @param chain    the codes from the county down to the unit itself
     * @param ownModes the modes units set themselves; units that inherit are absent
     */
    public static RoutingMode effective(List<String> chain, Map<String, RoutingMode> ownModes) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            RoutingMode own = ownModes.get(chain.get(i));
            if (own != null) {
                return own;
            }
        }
        return DEFAULT;
    }
}
