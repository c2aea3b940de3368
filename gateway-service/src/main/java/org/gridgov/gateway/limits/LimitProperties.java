package org.gridgov.gateway.limits;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Request limits.
 *
 * @param maxBodySize  largest request body passed on (413 past it) on every path without a size of its own
 * @param bodySizes    paths whose service takes other bodies (imports), by name: each path and everything
 *                     below it gets its own largest body
 * @param perUser      token bucket per account (the token's subject)
 * @param perAddress   token bucket per client address, for anonymous callers
 * @param publicPaths  token bucket per client address on {@code /api/public/**}, stricter: residents' forms
 *                     and QR codes are open to anyone
 * @param store        where the buckets live: {@code local}, in this replica's memory (one replica, the
 *                     dev stack), or {@code postgresql}, shared by every replica
 * @param storeTimeout how long a request waits for the shared store before its bucket's stand-in answers
 * @param idleBuckets  how many buckets are kept in memory per replica at most (least recently used go first)
 */
@ConfigurationProperties("gridgov.gateway.limits")
public record LimitProperties(@DefaultValue("1MB") DataSize maxBodySize,
                              Map<String, PathBodySize> bodySizes,
                              @DefaultValue({"600", "1m"}) Tier perUser,
                              @DefaultValue({"60", "1m"}) Tier perAddress,
                              @DefaultValue({"10", "1m"}) Tier publicPaths,
                              @DefaultValue("local") Store store,
                              @DefaultValue("250ms") Duration storeTimeout,
                              @DefaultValue("100000") long idleBuckets) {

    public LimitProperties {
        bodySizes = bodySizes == null ? Map.of() : Map.copyOf(bodySizes);
    }

    /** The largest body passed on to {@code path} and the paths below it. */
    public record PathBodySize(String path, DataSize max) {
    }

    /** {@code capacity} requests at once, refilled evenly over {@code period}. */
    public record Tier(long capacity, Duration period) {
    }

    /** Where the buckets live. */
    public enum Store {
        LOCAL, POSTGRESQL
    }
}
