package org.gridgov.gateway.limits;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which token bucket a request draws from, and what answers for it while the shared store cannot.
 *
 * <p>Residents on {@code /api/public/**} count per client, strictly; a caller with a valid token counts
 * per account (the token's subject), wherever it calls from; any other anonymous caller per client.
 * A client is its address as the ingress saw it, but for IPv6 its /64: one subscriber's network,
 * whose addresses it may change at will.
 *
 * <p>When the shared store is slow or away, a caller with a token and an anonymous read fall back to
 * this replica's own bucket: still a limit, at most the replica count times the shared one, and the
 * platform's work and residents' case tracking go on. An anonymous write is refused (503) instead:
 * it files a case anyone can send, dispatched to a grid worker and notified, and the limit is all
 * that stands between a script and the county's case queue; per-replica buckets would multiply with
 * the autoscaler exactly when a flood makes it scale, and the write would land on the PostgreSQL
 * cluster that is failing already.
 */
final class BucketChoice {

    static final String PUBLIC_PREFIX = "/api/public/";

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    // Literal IPv6 addresses only: parsing a name would cost a DNS lookup.
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private BucketChoice() {
    }

    /** Which limit a bucket applies. */
    enum Tier {
        PER_USER, PER_ADDRESS, PUBLIC_PATHS
    }

    /** What answers for a bucket while the shared store cannot. */
    enum WithoutStore {
        THIS_REPLICAS_BUCKET, REFUSE
    }

    record Bucket(String key, Tier tier, WithoutStore withoutStore) {
    }

    /**
     * @param account       the subject of the request's valid token, or {@code null} for an anonymous caller
     * @param remoteAddress the client's address (the ingress's {@code X-Forwarded-For} already resolved)
     */
    static Bucket of(String path, String method, String account, String remoteAddress) {
        WithoutStore withoutStore = account != null || READS.contains(method)
                ? WithoutStore.THIS_REPLICAS_BUCKET : WithoutStore.REFUSE;
        if (path.startsWith(PUBLIC_PREFIX)) {
            return new Bucket("public:" + client(remoteAddress), Tier.PUBLIC_PATHS, withoutStore);
        }
        if (account != null) {
            return new Bucket("user:" + account, Tier.PER_USER, withoutStore);
        }
        return new Bucket("address:" + client(remoteAddress), Tier.PER_ADDRESS, withoutStore);
    }

    static String client(String address) {
        if (!IPV6_LITERAL.matcher(address).matches()) {
            return address;
        }
        try {
            InetAddress parsed = InetAddress.getByName(address);
            if (!(parsed instanceof Inet6Address)) {
                // An IPv4 address written as IPv6 (::ffff:203.0.113.7) is the IPv4 client.
                return parsed.getHostAddress();
            }
            byte[] network = Arrays.copyOf(parsed.getAddress(), 16);
            Arrays.fill(network, 8, 16, (byte) 0);
            return InetAddress.getByAddress(network).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
