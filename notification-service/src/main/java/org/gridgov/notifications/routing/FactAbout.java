package org.gridgov.notifications.routing;

import java.util.UUID;

/**
 * A fact about a subject (a case, a dispute) whose earlier events this service remembers, because
 * its events do not each say everything routing and wording need.
 *
 * @param <K> what is remembered of the subject
 */
public interface FactAbout<K> {

    /** The case or dispute the fact is about. */
    UUID subjectId();

    /** What is known of the subject after this fact. */
    K applyTo(K known);

    /** This fact, with what its event leaves out taken from what was known before it. */
    Fact completedWith(K known);
}
