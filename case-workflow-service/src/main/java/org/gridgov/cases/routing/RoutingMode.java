package org.gridgov.cases.routing;

/**
 * How cases climb from a grid (seed 002): rural grids level by level (先属地后属主), urban grids flat,
 * straight to the county command centre (扁平化).
 */
public enum RoutingMode {
    LEVEL_BY_LEVEL,
    FLAT
}
