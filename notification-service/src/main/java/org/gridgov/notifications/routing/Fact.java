package org.gridgov.notifications.routing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What routing and wording need of one event, whatever it is about (a case, a dispute). Free text
 * of events (reasons, summaries, instructions) never becomes part of a fact: it may name people,
 * and notifications must not.
 */
public interface Fact {

    String eventId();

    String eventType();

    /**
     * What identifies the fact rather than the message carrying it: the same fact read twice (a
     * redelivery, or its twin on a routing topic) notifies each recipient once.
     */
    String factKey();

    /** The case the fact concerns, or null. */
    UUID caseId();

    /** The dispute the fact concerns, or null. */
    default UUID disputeId() {
        return null;
    }

    /** The unit the fact concerns: where the case or dispute is held after it. */
    String unitCode();

    /** The case category subscriptions may narrow to; null when the fact has none. */
    String category();

    /** The department concerned, or null. */
    default String departmentCode() {
        return null;
    }

    /** The grid worker a case is assigned to, or null. */
    default String assigneeId() {
        return null;
    }

    /** The mediators of a dispute's session, empty when none. */
    default List<String> mediatorIds() {
        return List.of();
    }

    Instant occurredAt();

    /** Where the console shows what the fact is about, relative to the console's base: {@code cases/<id>}. */
    String consolePath();

    /**
     * What a template may show, by template variable: {@link Code}s (shown as words of the
     * recipient's language), instants (date and time in the service's zone), local dates, numbers
     * and flags. Never free text. The unit (by name) and the link are added for every fact.
     */
    Map<String, Object> shown();

    /**
     * A code a template shows by its name, e.g. {@code new Code("category", "ENV_GARBAGE")}: the word
     * {@code category.ENV_GARBAGE}; a null value shows nothing.
     */
    record Code(String kind, String value) {
    }
}
