package org.gridgov.gateway.routing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;

/**
 * The HTTP client the gateway proxies with: one client with keep-alive connections, a short connect
 * timeout (a service that is down answers 503 at once) and a response timeout per backend (a slow
 * service answers 504 without holding the caller longer than its route allows). The timeouts run
 * in the caller's thread, so trace context and the bulkhead stay with the request.
 */
final class BackendRequestFactory implements ClientHttpRequestFactory {

    private final Map<String, ClientHttpRequestFactory> byAuthority = new HashMap<>();
    private final ClientHttpRequestFactory fallback;

    BackendRequestFactory(RoutingProperties properties) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
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

    private static ClientHttpRequestFactory factory(HttpClient client, Duration responseTimeout) {
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
        factory.setReadTimeout(responseTimeout);
        return factory;
    }

    private static String authority(URI uri) {
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getScheme() + "://" + uri.getHost() + ":" + port;
    }
}
