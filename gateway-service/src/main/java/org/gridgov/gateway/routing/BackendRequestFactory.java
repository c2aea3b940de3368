package org.gridgov.gateway.routing;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

/**
 * The HTTP client the gateway proxies with: one pool of keep-alive connections, a short connect
 * timeout (a service that is down answers 503 at once) and a response timeout per backend (a slow
 * service answers 504 without holding the caller longer than its route allows). The call runs in the
 * caller's (virtual) thread, so trace context and the bulkhead stay with the request.
 *
 * <p>Apache HttpClient's classic client rather than the JDK's: the JDK client is asynchronous
 * underneath (a selector thread, a worker thread and futures per exchange, and exceptions thrown to
 * cancel its timeout timers), which made the call to the service the gateway's largest cost. The
 * client does nothing of its own on the way: no retries (the gateway's retry policy has a budget), no
 * redirects, no cookies, no decompression; the response goes back as the service sent it.
 */
final class BackendRequestFactory implements ClientHttpRequestFactory {

    // Above any bulkhead limit: the bulkhead bounds the calls in flight, the pool must not.
    private static final int CONNECTIONS_PER_SERVICE = 1_000;
    private static final TimeValue IDLE_CONNECTIONS_KEPT_FOR = TimeValue.ofSeconds(30);

    private final Map<String, ClientHttpRequestFactory> byAuthority = new HashMap<>();
    private final ClientHttpRequestFactory fallback;

    BackendRequestFactory(RoutingProperties properties) {
        CloseableHttpClient client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnPerRoute(CONNECTIONS_PER_SERVICE)
                        .setMaxConnTotal(CONNECTIONS_PER_SERVICE * Backend.values().length)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(properties.connectTimeout()))
                                .build())
                        .build())
                .evictIdleConnections(IDLE_CONNECTIONS_KEPT_FOR)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableContentCompression()
                .disableAuthCaching()
                .build();
        for (Backend backend : Backend.values()) {
            URI uri = properties.backends().get(backend.key());
            if (uri != null) {
                byAuthority.put(authority(uri), factory(client, properties.responseTimeoutOf(backend)));
            }
        }
        fallback = factory(client, properties.responseTimeout());
    }

    @Override
    public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
        return byAuthority.getOrDefault(authority(uri), fallback).createRequest(uri, httpMethod);
    }

    private static ClientHttpRequestFactory factory(CloseableHttpClient client, Duration responseTimeout) {
        HttpComponentsClientHttpRequestFactory factory = new HttpComponentsClientHttpRequestFactory(client);
        factory.setReadTimeout(responseTimeout);
        return factory;
    }

    private static String authority(URI uri) {
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getScheme() + "://" + uri.getHost() + ":" + port;
    }
}
