package org.gridgov.notifications.routing;

import java.util.EnumSet;
import java.util.Set;

/** A recipient of one fact, with the channels and words chosen for it. */
public record Addressee(Recipient recipient, Set<Channel> channels, String template, boolean urgent) {

    public Addressee {
        channels = Set.copyOf(channels);
    }

    /** Two rules reaching the same recipient make one notification: all their channels, urgent if either is. */
    Addressee joinedWith(Addressee other) {
        Set<Channel> both = EnumSet.copyOf(channels);
        both.addAll(other.channels);
        return new Addressee(recipient, both, template, urgent || other.urgent);
    }
}
