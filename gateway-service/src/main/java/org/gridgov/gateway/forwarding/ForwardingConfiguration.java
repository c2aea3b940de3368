package org.gridgov.gateway.forwarding;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The real client behind the ingress, by Tomcat's {@link RemoteIpValve}: when the connection comes
 * from a trusted proxy, {@code X-Forwarded-For} is read from the right and the first address that is
 * not itself a trusted proxy becomes the request's remote address (what the rate limits key
 * anonymous callers by); {@code X-Forwarded-Proto} says whether the caller used TLS, so HSTS is sent.
 * From any other peer both headers are ignored: anyone can write them.
 *
 * <p>Configured here rather than through {@code server.tomcat.remoteip.*}: left unset, Boot's
 * internal proxies are every private network, which in a cluster is every pod.
 */
@Configuration(proxyBeanMethods = false)
class ForwardingConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> forwardedClients(ForwardingProperties properties) {
        TrustedProxies proxies = properties.proxies();
        return factory -> {
            if (proxies.isEmpty()) {
                return;
            }
            RemoteIpValve valve = new RemoteIpValve();
            valve.setInternalProxies(proxies.asValveSetting());
            valve.setRemoteIpHeader("X-Forwarded-For");
            valve.setProtocolHeader("X-Forwarded-Proto");
            factory.addEngineValves(valve);
        };
    }
}
