package org.gridgov.cases.routing;

/**
 * The replica of the territory has not read the whole {@code grid.units} topic yet: routing now
 * could reject a report for a grid it simply has not read. A listener retries; REST answers 503.
 */
public class TerritoryUnavailableException extends RuntimeException {

    public TerritoryUnavailableException() {
        super("The territory is still loading; try again shortly.");
    }
}
