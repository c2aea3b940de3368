package org.gridgov.notifications.fanout;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Where this service keeps what it remembers of subjects (cases, disputes) between their events.
 *
 * @param <K> what is remembered of one subject
 */
public interface KnownStates<K> {

    /** What is remembered of a subject this service has not heard of. */
    K unknown();

    /** What is remembered of these subjects, by id; a subject not heard of is absent. */
    Map<UUID, K> findAll(Collection<UUID> subjectIds);

    void saveAll(Map<UUID, K> states);
}
