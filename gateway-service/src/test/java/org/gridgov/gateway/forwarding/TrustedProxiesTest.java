package org.gridgov.gateway.forwarding;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrustedProxiesTest {

    @Test
    void theIngressNetworksAreHandedToTomcatAsCidrRanges() {
        TrustedProxies proxies = TrustedProxies.of(List.of("10.244.0.0/16", " fd00:10:244::/56 ", ""));

        assertThat(proxies.isEmpty()).isFalse();
        assertThat(proxies.asValveSetting()).isEqualTo("10.244.0.0/16, fd00:10:244::/56");
    }

    @Test
    void nothingConfiguredTrustsNoOne() {
        assertThat(TrustedProxies.of(List.of("")).isEmpty()).isTrue();
        assertThat(TrustedProxies.of(List.of()).isEmpty()).isTrue();
    }

    @Test
    void aBareAddressIsRefusedRatherThanReadAsAPattern() {
        assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gridgov.gateway.trusted-proxies")
                .hasMessageContaining("10.0.0.1/32");
        assertThatThrownBy(() -> TrustedProxies.of(List.of("::1")))
                .hasMessageContaining("::1/128");
    }

    @Test
    void somethingThatIsNoRangeIsRefused() {
        assertThatThrownBy(() -> TrustedProxies.of(List.of("10.0.0.0/33")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gridgov.gateway.trusted-proxies");
        assertThatThrownBy(() -> TrustedProxies.of(List.of("ingress.example/24")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
