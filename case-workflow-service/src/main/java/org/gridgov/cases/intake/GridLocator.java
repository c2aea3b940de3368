package org.gridgov.cases.intake;

import java.util.Optional;

/** Finds the grid a point lies in, for reports that come with coordinates only. */
interface GridLocator {

    /**
     * @param bearerToken the caller's token, relayed so the registry applies its own rules; empty for
     *                    reports from Kafka and from anonymous residents, which are placed with the
     *                    service's own credentials
     */
    Located locate(double longitude, double latitude, Optional<String> bearerToken);

    /** What the registry said about a point. */
    sealed interface Located {

        /** The deepest unit containing the point. */
        record InGrid(String code) implements Located {
        }

        /** The point lies outside every grid. */
        record Outside() implements Located {
        }

        /** No answer in time: the registry is slow, down, or its circuit is open. */
        record Unavailable(String why) implements Located {
        }
    }
}
