package org.gridgov.population.protection;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How many people one account may see in full within a sliding window: a grid worker's day of visits
 * is a few dozen; hundreds in an hour is a bulk copy, whatever the purposes stated. Plain Java: the
 * caller reads the account's recent full reads (from the access log, so every replica counts them
 * all) and asks whether {@code requested} more people fit.
 *
 * @param people the people one account may see in full within {@code window}
 * @param window the sliding window
 */
public record DisclosureBudget(int people, Duration window) {

    /** A full read (or an export) in the window: when, and how many people it showed. */
    public record Spent(Instant at, int people) {
    }

    /**
     * @param newestFirst the account's full reads since {@code now - window}, newest first
     * @param requested   the people the new read would show
     * @return empty when they fit; otherwise how long until they do, at least a second
     */
    public Optional<Duration> retryAfter(List<Spent> newestFirst, int requested, Instant now) {
        if (requested > people) {
            return Optional.of(window);
        }
        int total = requested;
        for (Spent spent : newestFirst) {
            total += spent.people();
            if (total > people) {
                // This read and every older one must leave the window before the new one fits.
                Duration wait = Duration.between(now, spent.at().plus(window));
                long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
                return Optional.of(Duration.ofSeconds(seconds));
            }
        }
        return Optional.empty();
    }
}
