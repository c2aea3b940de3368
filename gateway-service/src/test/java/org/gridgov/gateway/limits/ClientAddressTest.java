package org.gridgov.gateway.limits;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

    private final ClientAddress addresses = new ClientAddress(List.of("10.0.0.0/8", "192.168.1.5"));

    @Test
    void aDirectCallerIsItsOwnAddressWhateverItClaims() {
        assertThat(addresses.of("198.51.100.7", List.of("203.0.113.1"))).isEqualTo("198.51.100.7");
    }

    @Test
    void behindATrustedProxyTheForwardedClientCounts() {
        assertThat(addresses.of("10.1.2.3", List.of("203.0.113.1"))).isEqualTo("203.0.113.1");
    }

    @Test
    void theRightmostUntrustedHopIsTheClientNotWhatItPrependedItself() {
        assertThat(addresses.of("10.1.2.3", List.of("1.2.3.4, 203.0.113.1, 192.168.1.5"))).isEqualTo("203.0.113.1");
    }

    @Test
    void headersSpreadOverSeveralLinesReadAsOneChain() {
        assertThat(addresses.of("10.1.2.3", List.of("1.2.3.4", "203.0.113.1"))).isEqualTo("203.0.113.1");
    }

    @Test
    void aChainOfTrustedProxiesOnlyEndsAtItsFirstHop() {
        assertThat(addresses.of("10.1.2.3", List.of("10.9.9.9, 10.8.8.8"))).isEqualTo("10.9.9.9");
    }

    @Test
    void garbageInTheChainIsNotBelieved() {
        assertThat(addresses.of("10.1.2.3", List.of("evil.example.com"))).isEqualTo("10.1.2.3");
        assertThat(addresses.of("10.1.2.3", List.of("203.0.113.1, <script>"))).isEqualTo("10.1.2.3");
    }

    @Test
    void withoutTrustedProxiesNoHeaderIsBelieved() {
        assertThat(new ClientAddress(List.of("")).of("10.1.2.3", List.of("203.0.113.1"))).isEqualTo("10.1.2.3");
    }

    @Test
    void ipv6ProxiesAreMatchedToo() {
        assertThat(new ClientAddress(List.of("::1")).of("0:0:0:0:0:0:0:1", List.of("2001:db8::7"))).isEqualTo("2001:db8::7");
    }
}
