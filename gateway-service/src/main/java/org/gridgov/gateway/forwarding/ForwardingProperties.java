package org.gridgov.gateway.forwarding;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may tell the gateway where a request came from.
 *
 * @param trustedProxies CIDR ranges of the proxies in front of the gateway (in Kubernetes the ingress
 *                       controller's pod network); only a connection from one of them has its
 *                       {@code X-Forwarded-For} and {@code X-Forwarded-Proto} believed. Empty: none.
 */
@ConfigurationProperties("gridgov.gateway")
record ForwardingProperties(@DefaultValue("") List<String> trustedProxies) {

    TrustedProxies proxies() {
        return TrustedProxies.of(trustedProxies);
    }
}
