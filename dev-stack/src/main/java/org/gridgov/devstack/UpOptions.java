package org.gridgov.devstack;

import java.time.Duration;
import java.util.Set;

/**
 * How {@code up} runs.
 *
 * @param reset           wipe {@code .dev-stack/} (databases, topics, logs, demo-data markers) first
 * @param infraOnly       PostgreSQL and Kafka only, e.g. to run one service from an IDE against them
 * @param build           build what is stale before starting
 * @param demo            load the demo data on first start
 * @param quiet           show only warnings and errors of the parts on the console
 * @param includeUnlisted also start service modules present in the checkout but not yet in the root pom
 * @param without         services not to start (e.g. the one being run from an IDE)
 * @param readyTimeout    how long one part may take to become ready
 */
record UpOptions(boolean reset, boolean infraOnly, boolean build, boolean demo, boolean quiet,
                 boolean includeUnlisted, Set<String> without, Duration readyTimeout) {

    static UpOptions defaults() {
        return new UpOptions(false, false, true, true, false, false, Set.of(), Duration.ofSeconds(240));
    }
}
