package org.gridgov.gateway.limits;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The address of the client behind a request. {@code X-Forwarded-For} is anyone's to write, so it
 * is read only when the connection comes from a trusted proxy, and then from the right: the first
 * hop that is not itself a trusted proxy is the client.
 */
final class ClientAddress {

    // Literal addresses only: a host name in the header must never cause a DNS lookup.
    private static final Pattern LITERAL = Pattern.compile("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final List<IpAddressMatcher> trusted = new ArrayList<>();

    ClientAddress(List<String> trustedProxies) {
        trustedProxies.stream().map(String::trim).filter(proxy -> !proxy.isEmpty())
                .forEach(proxy -> trusted.add(new IpAddressMatcher(proxy)));
    }

    String of(String remoteAddress, List<String> forwardedFor) {
        if (!isTrusted(remoteAddress)) {
            return remoteAddress;
        }
        List<String> hops = new ArrayList<>();
        forwardedFor.forEach(header -> {
            for (String hop : header.split(",")) {
                hops.add(hop.trim());
            }
        });
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!LITERAL.matcher(hop).matches()) {
                // Garbage in the chain: nothing left of it can be believed.
                return i == hops.size() - 1 ? remoteAddress : hops.get(i + 1);
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return hops.isEmpty() ? remoteAddress : hops.getFirst();
    }

    private boolean isTrusted(String address) {
        // No proxy trusted (the default): nothing to parse on every request.
        if (trusted.isEmpty() || !LITERAL.matcher(address).matches()) {
            return false;
        }
        return trusted.stream().anyMatch(matcher -> matcher.matches(address));
    }
}
