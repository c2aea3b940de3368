package org.gridgov.notifications.delivery;

import java.time.Instant;

/** What became of one attempt. Reasons never hold contact points or a receiver's reply. */
public sealed interface SendOutcome {

    record Sent() implements SendOutcome {
    }

    /** Not sent and not tried: e.g. a non-urgent SMS in quiet hours. */
    record Deferred(Instant until) implements SendOutcome {
    }

    /**
     * Not for this channel after all, and nothing wrong: a reporter who left an e-mail address gets
     * no SMS (a delivery per channel is stored, and the contact decides which one goes).
     */
    record Skipped(String reason) implements SendOutcome {
    }

    /** Tried and failed; a permanent failure is not retried (no address, endpoint removed). */
    record Failed(String reason, boolean permanent) implements SendOutcome {
    }

    static SendOutcome sent() {
        return new Sent();
    }

    static SendOutcome skipped(String reason) {
        return new Skipped(reason);
    }

    static SendOutcome failed(String reason) {
        return new Failed(reason, false);
    }

    static SendOutcome failedForGood(String reason) {
        return new Failed(reason, true);
    }
}
