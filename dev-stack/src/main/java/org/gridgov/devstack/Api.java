package org.gridgov.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * A small JSON client of the platform's REST API, as an outside client calls it: a bearer token,
 * JSON in and out, and patience with a rate limit (429, {@code Retry-After}) or a backend that is
 * briefly unavailable (503).
 */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final int ATTEMPTS = 4;

    private final String baseUrl;

    Api(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    String baseUrl() {
        return baseUrl;
    }

    /** An answer: its status and its JSON body ({@link MissingNode} when there is none). */
    record Answer(int status, JsonNode body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }

        String text(String field) {
            JsonNode value = body.path(field);
            return value.isMissingNode() || value.isNull() ? null : value.asString();
        }

        /** The body, or an exception that says what the server answered. */
        JsonNode require(String what) {
            if (!ok()) {
                throw new Refused(what, this);
            }
            return body;
        }
    }

    /** A call the platform refused or could not answer. */
    static final class Refused extends RuntimeException {
        private final transient Answer answer;

        Refused(String what, Answer answer) {
            super(what + " answered " + answer.status() + ": " + answer.body());
            this.answer = answer;
        }

        Answer answer() {
            return answer;
        }
    }

    Answer get(String path, String token) {
        return send("GET", path, token, null);
    }

    Answer post(String path, String token, Object body) {
        return send("POST", path, token, body);
    }

    Answer put(String path, String token, Object body) {
        return send("PUT", path, token, body);
    }

    Answer delete(String path, String token) {
        return send("DELETE", path, token, null);
    }

    Answer send(String method, String path, String token, Object body) {
        String json = body == null ? null : body instanceof String text ? text : JSON.writeValueAsString(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if ((status == 429 || status == 503) && attempt < ATTEMPTS) {
                    Thread.sleep(retryAfter(response).toMillis());
                    continue;
                }
                return new Answer(status, parse(response.body()));
            } catch (IOException e) {
                if (attempt >= ATTEMPTS) {
                    return new Answer(0, JSON.getNodeFactory().stringNode(String.valueOf(e.getMessage())));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Answer(0, MissingNode.getInstance());
            }
        }
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        Optional<String> seconds = response.headers().firstValue("Retry-After");
        long wait = seconds.map(value -> {
            try {
                return Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                return 1L;
            }
        }).orElse(1L);
        return Duration.ofSeconds(Math.clamp(wait, 1, 10));
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (RuntimeException notJson) {
            return JSON.getNodeFactory().stringNode(body);
        }
    }
}
