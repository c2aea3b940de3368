package org.gridgov.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP service on a local port standing in for a GridGov service: it answers every request
 * with what it received (method, path, query, the headers the gateway must pass on, body size),
 * after an optional delay, serves a small OpenAPI document, and answers a path ending in
 * {@code /missing} with its own 404.
 */
final class StubBackend implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static {
        // Headers and body leave in separate writes; with Nagle on, a keep-alive client waits for a
        // delayed ACK (about 40 ms) on every call. Real services (Tomcat) set TCP_NODELAY too.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final String name;
    private final Duration delay;
    private final HttpServer server;

    private StubBackend(String name, Duration delay) throws IOException {
        this.name = name;
        this.delay = delay;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::answer);
        server.start();
    }

    static StubBackend start(String name) {
        return start(name, Duration.ZERO);
    }

    static StubBackend start(String name, Duration delay) {
        try {
            return new StubBackend(name, delay);
        } catch (IOException e) {
            throw new IllegalStateException("could not start the " + name + " stub", e);
        }
    }

    /** An address where nothing listens: a port that was free a moment ago. */
    static URI absent() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void answer(HttpExchange exchange) throws IOException {
        long bodyBytes;
        try (InputStream body = exchange.getRequestBody()) {
            bodyBytes = body.transferTo(OutputStream.nullOutputStream());
        }
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay); // the stand-in for a slow service, not a wait in a test
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Map<String, Object> echo = new LinkedHashMap<>();
        String path = exchange.getRequestURI().getRawPath();
        int status = 200;
        if (path.endsWith("/missing")) {
            status = 404;
            echo.put("type", "urn:gridgov:problem:not-found");
            echo.put("status", status);
            echo.put("backend", name);
        } else if (path.equals("/v3/api-docs")) {
            echo.put("openapi", "3.1.0");
            echo.put("info", Map.of("title", name, "version", "test"));
        } else {
            echo.put("backend", name);
            echo.put("method", exchange.getRequestMethod());
            echo.put("path", path);
            echo.put("query", exchange.getRequestURI().getRawQuery());
            echo.put("authorization", exchange.getRequestHeaders().getFirst("Authorization"));
            echo.put("requestId", exchange.getRequestHeaders().getFirst("X-Request-Id"));
            echo.put("traceparent", exchange.getRequestHeaders().getFirst("traceparent"));
            echo.put("bodyBytes", bodyBytes);
        }
        byte[] bytes = JSON.writeValueAsString(echo).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
