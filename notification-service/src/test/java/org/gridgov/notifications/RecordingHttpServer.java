package org.gridgov.notifications;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server standing for a party outside the platform (an SMS provider, a department's
 * system). It records every request; a path can be told to fail a number of times, or until told
 * otherwise, with 503.
 */
final class RecordingHttpServer {

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();

    RecordingHttpServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    String url(String path) {
        return "http://localhost:" + server.getAddress().getPort() + path;
    }

    /** The next {@code times} requests to the path fail; {@link Integer#MAX_VALUE} until {@link #recover}. */
    void fail(String path, int times) {
        failuresLeft.put(path, new AtomicInteger(times));
    }

    void recover(String path) {
        failuresLeft.remove(path);
    }

    /** Every request to the path, failed or accepted, in arrival order. */
    List<Request> requestsTo(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).toList();
    }

    /** The requests to the path that were answered 2xx. */
    List<Request> acceptedBy(String path) {
        return requestsTo(path).stream().filter(Request::accepted).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body = exchange.getRequestBody().readAllBytes();
        AtomicInteger failures = failuresLeft.get(path);
        boolean fail = failures != null && failures.getAndDecrement() > 0;
        Map<String, String> headers = new ConcurrentHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.getFirst()));
        requests.add(new Request(path, headers, body, !fail));
        exchange.sendResponseHeaders(fail ? 503 : 200, -1);
        exchange.close();
    }

    record Request(String path, Map<String, String> headers, byte[] body, boolean accepted) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }
}
