package org.gridgov.gateway.forwarding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.catalina.util.NetMask;

/**
 * The networks whose {@code X-Forwarded-For} the gateway believes: the ingress controller's. Each is a
 * CIDR range; a bare address is refused rather than guessed at, because Tomcat reads a value without
 * a {@code /} as a regular expression, where the dots of {@code 10.0.0.1} match any character.
 */
final class TrustedProxies {

    static final String SETTING = "gridgov.gateway.trusted-proxies";
    // An address literal and a prefix length: a host name would cost a DNS lookup and trust whatever it resolves to.
    private static final Pattern RANGE = Pattern.compile("[0-9a-fA-F:.]+/[0-9]{1,3}");

    private final List<String> ranges;

    private TrustedProxies(List<String> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    static TrustedProxies of(List<String> configured) {
        List<String> ranges = new ArrayList<>();
        for (String entry : configured) {
            String range = entry.trim();
            if (range.isEmpty()) {
                continue;
            }
            if (range.indexOf('/') < 0) {
                throw new IllegalArgumentException(SETTING + " takes CIDR ranges; write " + range
                        + (range.indexOf(':') < 0 ? "/32" : "/128") + " for a single address");
            }
            if (!RANGE.matcher(range).matches() || !isRange(range)) {
                throw new IllegalArgumentException(SETTING + ": " + range + " is not a CIDR range");
            }
            ranges.add(range);
        }
        return new TrustedProxies(ranges);
    }

    private static boolean isRange(String range) {
        try {
            new NetMask(range);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** As Tomcat's {@code RemoteIpValve} takes them: comma-separated, every entry with a {@code /}. */
    String asValveSetting() {
        return String.join(", ", ranges);
    }
}
