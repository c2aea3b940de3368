package org.gridgov.notifications.routing;

/** How a notification reaches its recipient. */
public enum Channel {
    INBOX,
    EMAIL,
    SMS,
    WEBHOOK;

    /**
     * Whether this channel can reach that kind of recipient: people read inboxes, departments' systems
     * take webhooks, a reporter (no account) gets only an SMS or an e-mail.
     */
    public boolean reaches(Recipient.Kind kind) {
        return switch (kind) {
            case ACCOUNT -> this != WEBHOOK;
            case DEPARTMENT -> this == WEBHOOK;
            case REPORTER -> this == SMS || this == EMAIL;
        };
    }
}
