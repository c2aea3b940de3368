package org.gridgov.notifications.routing;

import java.util.Collection;
import java.util.List;

/** Users who follow what happens in a unit. */
public interface Followers {

    /** Accounts following a subtree that holds the unit, for any category or for this one. */
    List<String> following(String unitCode, String category);

    /**
     * The followers of these units only, read at once, for routing a batch of events without asking
     * once per event. The same followers by default.
     */
    default Followers of(Collection<String> unitCodes) {
        return this;
    }
}
