package org.gridgov.notifications.templates;

/** Rendered words of one notification on one channel; {@code title} is null for SMS. */
public record Message(String title, String body) {
}
