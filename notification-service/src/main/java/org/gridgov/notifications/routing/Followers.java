package org.gridgov.notifications.routing;

import java.util.List;

/** Users who follow what happens in a unit. */
public interface Followers {

    /** Accounts following a subtree that holds the unit, for any category or for this one. */
    List<String> following(String unitCode, String category);
}
