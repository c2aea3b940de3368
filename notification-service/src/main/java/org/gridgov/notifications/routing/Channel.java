package org.gridgov.notifications.routing;

/** How a notification reaches its recipient. */
public enum Channel {
    INBOX,
    EMAIL,
    SMS,
    WEBHOOK;

    /** Whether this channel can reach that kind of recipient: people read inboxes, departments' systems take webhooks. */
    public boolean reaches(Recipient.Kind kind) {
        return (this == WEBHOOK) == (kind == Recipient.Kind.DEPARTMENT);
    }
}
