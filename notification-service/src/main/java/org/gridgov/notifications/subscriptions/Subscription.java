package org.gridgov.notifications.subscriptions;

import java.time.Instant;
import java.util.UUID;

/** A user following a unit subtree, for every category or for one. */
record Subscription(UUID id, String accountId, String unitCode, String category, Instant createdAt) {
}
