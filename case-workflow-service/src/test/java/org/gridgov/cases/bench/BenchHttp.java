package org.gridgov.cases.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * The load generator's HTTP client: Apache HttpClient's classic client, one blocking call per
 * virtual thread over kept-alive connections. It shares the two cores with the service it measures,
 * and costs them less per request than the JDK's asynchronous client (a selector thread, futures and
 * timers per exchange), so more of the machine goes to the service.
 */
final class BenchHttp implements AutoCloseable {

    /** What came back: the status and the body as text. */
    record Answer(int status, String body) {
    }

    private final CloseableHttpClient client;
    private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();

    BenchHttp(int connections) {
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(connections).setMaxConnPerRoute(connections).build();
        client = HttpClients.custom().setConnectionManager(pool).disableAutomaticRetries()
                .disableCookieManagement().disableRedirectHandling().build();
    }

    /** POSTs the JSON body with the bearer token, on a virtual thread of its own. */
    CompletableFuture<Answer> post(URI uri, String token, String json) {
        return CompletableFuture.supplyAsync(() -> {
            HttpPost post = new HttpPost(uri);
            post.setHeader("Authorization", "Bearer " + token);
            post.setEntity(new ByteArrayEntity(json.getBytes(StandardCharsets.UTF_8), ContentType.APPLICATION_JSON));
            try {
                return client.execute(post, response -> new Answer(response.getCode(),
                        response.getEntity() == null ? "" : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, callers);
    }

    @Override
    public void close() throws IOException {
        callers.shutdownNow();
        client.close();
    }
}
