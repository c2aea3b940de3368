package org.gridgov.notifications.inbox;

import java.util.List;

/** One page of an inbox, unread first, newest first within each. */
record InboxPage(List<InboxItem> items, int page, int size, long total, long unread) {
}
