package org.gridgov.cases;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on a free local port answering grid-registry's locate the way the registry
 * does (200 with the unit, 404 Problem Details outside every grid), or failing the ways a registry
 * fails: answering 503, or answering too late.
 */
public final class FakeRegistry implements AutoCloseable {

    /**
     * {@code ANSWER} answers calls that carry a token, as the real registry does (401 without one);
     * {@code REFUSING} refuses every token (the caller's credentials are not accepted there).
     */
    public enum Mode { ANSWER, UNAVAILABLE, SLOW, REFUSING }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, String> grids = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile Mode mode = Mode.ANSWER;
    private volatile Duration slowness = Duration.ofSeconds(5);
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    private FakeRegistry() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/grids/locate", this::locate);
        server.setExecutor(threads);
        server.start();
    }

    public static FakeRegistry start() {
        try {
            return new FakeRegistry();
        } catch (IOException e) {
            throw new IllegalStateException("could not start the fake registry", e);
        }
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The registry places this point in this grid. */
    public FakeRegistry grid(double longitude, double latitude, String code) {
        grids.put(key(longitude, latitude), code);
        return this;
    }

    public FakeRegistry mode(Mode mode) {
        this.mode = mode;
        return this;
    }

    public FakeRegistry slowness(Duration slowness) {
        this.slowness = slowness;
        return this;
    }

    public int calls() {
        return calls.get();
    }

    /** The Authorization header of every call so far, "none" where there was none. */
    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    private void locate(HttpExchange exchange) throws IOException {
        calls.incrementAndGet();
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        authorizations.add(authorization == null ? "none" : authorization);
        try (exchange) {
            switch (mode) {
                case UNAVAILABLE -> send(exchange, 503, "application/problem+json",
                        "{\"type\":\"urn:gridgov:problem:internal\",\"status\":503}");
                case SLOW -> {
                    waitOrClose(slowness);
                    answerWithToken(exchange, authorization);
                }
                case ANSWER -> answerWithToken(exchange, authorization);
                case REFUSING -> refuse(exchange);
            }
        }
    }

    private void answerWithToken(HttpExchange exchange, String authorization) throws IOException {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            refuse(exchange);
        } else {
            answer(exchange);
        }
    }

    private void refuse(HttpExchange exchange) throws IOException {
        send(exchange, 401, "application/problem+json", "{\"type\":\"urn:gridgov:problem:unauthorized\",\"status\":401}");
    }

    private void answer(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String code = grids.get(key(Double.parseDouble(query.get("lon")), Double.parseDouble(query.get("lat"))));
        if (code == null) {
            send(exchange, 404, "application/problem+json", "{\"type\":\"urn:gridgov:problem:not-found\",\"status\":404,"
                    + "\"detail\":\"no grid contains the point\"}");
        } else {
            send(exchange, 200, "application/json", "{\"code\":\"" + code + "\",\"level\":\"GRID\",\"ancestors\":[]}");
        }
    }

    private void waitOrClose(Duration duration) {
        try {
            closing.await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException clientGaveUp) {
            // The caller timed out first, which is what a slow registry test wants.
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new ConcurrentHashMap<>();
        for (String pair : raw.split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(parts[0], parts.length > 1 ? parts[1] : "");
        }
        return values;
    }

    private static String key(double longitude, double latitude) {
        return String.format(Locale.ROOT, "%.5f,%.5f", longitude, latitude);
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
