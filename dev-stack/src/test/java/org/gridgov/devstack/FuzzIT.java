package org.gridgov.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.gridgov.testing.DevTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Every write operation of every service, as its OpenAPI document (read through the gateway) has
 * it, gets a few hundred malformed bodies generated from its request schema ({@link MalformedBodies},
 * jqwik's arbitraries drawn from one seed): none may be answered 5xx; each must be refused with
 * Problem Details that name the field at fault (a defect of the whole body: Problem Details); no
 * refused request may leave a row in any table of any service database, outbox included. Bodies
 * with injection strings in otherwise plausible text may be accepted, never answered 5xx.
 *
 * <p>The caller is an administrator, whose territory is everything, so that authorization never hides
 * validation; each operation has an account of its own so the gateway's per-account limit does not
 * throttle the run. Paths under {@code /api/public/} are sent to their service directly: through the
 * gateway, an address gets ten anonymous calls a minute. Replay a run with {@code -Dfuzz.seed=<seed>}
 * (printed first), one operation with {@code -Dfuzz.operation='POST /api/cases'}.
 */
class FuzzIT extends Journey {

    private static final long SEED = Long.getLong("fuzz.seed", 20_261_208L);
    private static final int BODIES = Integer.getInteger("fuzz.bodies-per-operation", 200);
    private static final int HOSTILE = Integer.getInteger("fuzz.hostile-per-operation", 20);
    private static final String ONLY = System.getProperty("fuzz.operation", "");
    private static final int CALLERS = 4;
    private static final String FUZZ_DEPARTMENT = "URBAN_MGMT";
    private static final String PROBLEM = "application/problem+json";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Each kind of failure (operation, defect, what was wrong) → how often, and its first example. */
    private final Map<String, Failures> failures = new java.util.LinkedHashMap<>();
    private int sent;
    private int serverErrors;

    @Test
    void malformedBodiesAreRefusedByTheirFieldAndWriteNothing() throws Exception {
        System.out.printf("fuzz: seed %d (replay with -Dfuzz.seed=%d)%n", SEED, SEED);
        List<WriteOperation> operations = documentedWrites();
        long began = System.nanoTime();
        int index = 0;
        try (RowCounts rows = new RowCounts(stack.stack().layout); ExecutorService callers = Executors.newFixedThreadPool(CALLERS)) {
            Map<String, Long> counted = rows.settled(Duration.ofSeconds(1), Duration.ofSeconds(30));
            for (WriteOperation operation : operations) {
                index++;
                if (!ONLY.isEmpty() && !operation.name().equals(ONLY)) {
                    continue;
                }
                long seed = SEED ^ operation.name().hashCode();
                Random pathValues = new Random(seed);
                String path = concrete(operation, pathValues);
                // Each operation its own account: the gateway limits calls per account. The whole county,
                // and a department for a department handler's steps, so that only the body is at fault.
                String token = DevTokens.forAccount("fuzz-" + index).roles(operation.callerRole())
                        .scope(JourneyTerritory.COUNTY).department(FUZZ_DEPARTMENT).sign();
                List<MalformedBodies.Body> bodies = new MalformedBodies(operation, seed).next(BODIES, HOSTILE);

                List<MalformedBodies.Body> refusals = bodies.stream().filter(MalformedBodies.Body::mustBeRefused).toList();
                List<Answer> answers = sendAll(callers, operation, path, token, refusals);
                for (int i = 0; i < refusals.size(); i++) {
                    checkRefusal(operation, refusals.get(i), answers.get(i));
                }
                Map<String, Long> afterRefusals = rows.now();
                List<String> written = RowCounts.changes(counted, afterRefusals);
                if (!written.isEmpty()) {
                    fail(operation.name() + ": refused requests wrote rows", written.toString());
                }

                List<MalformedBodies.Body> hostile = bodies.stream().filter(body -> !body.mustBeRefused()).toList();
                List<Answer> hostileAnswers = sendAll(callers, operation, path, token, hostile);
                boolean anyAccepted = false;
                for (int i = 0; i < hostile.size(); i++) {
                    anyAccepted |= checkHostile(operation, hostile.get(i), hostileAnswers.get(i));
                }
                counted = anyAccepted ? rows.settled(Duration.ofSeconds(1), Duration.ofSeconds(60)) : rows.now();
                if (!anyAccepted && !RowCounts.changes(afterRefusals, counted).isEmpty()) {
                    fail(operation.name() + ": refused hostile requests wrote rows", RowCounts.changes(afterRefusals, counted).toString());
                }
            }
        }
        int failed = failures.values().stream().mapToInt(Failures::count).sum();
        System.out.printf("fuzz: %d operations, %d bodies in %.1f s, %d answered 5xx, %d failures of %d kinds%n",
                operations.size(), sent, (System.nanoTime() - began) / 1e9, serverErrors, failed, failures.size());
        failures.forEach((kind, seen) -> System.out.printf("fuzz: %d × %s%n      e.g. %s%n", seen.count(), kind, seen.example()));

        assertThat(operations).as("write operations with a body").hasSizeGreaterThan(40);
        if (ONLY.isEmpty()) {
            assertThat(sent).as("bodies sent").isGreaterThanOrEqualTo(10_000);
        }
        assertThat(serverErrors).as("answers 5xx (seed " + SEED + ")").isZero();
        assertThat(failures.keySet()).as("refusals without a named field, or rows written (seed " + SEED + ")").isEmpty();
    }

    private record Failures(int count, String example) {
    }

    private void fail(String kind, String example) {
        failures.merge(kind, new Failures(1, example), (seen, next) -> new Failures(seen.count() + 1, seen.example()));
    }

    private void checkRefusal(WriteOperation operation, MalformedBodies.Body body, Answer answer) {
        String problem = problemWith(operation, body, answer);
        if (problem != null) {
            fail(operation.name() + " [" + body.defect().replaceAll("[0-9]+", "N") + "] " + problem + " (" + answer.status() + ")",
                    body.field() + ": " + answer.contentType() + " " + excerpt(answer.body()) + " for " + body.excerpt());
        }
    }

    private static String problemWith(WriteOperation operation, MalformedBodies.Body body, Answer answer) {
        if (answer.status() < 400 || answer.status() >= 500) {
            return answer.status() == 0 ? "no answer" : answer.status() >= 500 ? "server error" : "accepted";
        }
        if (!answer.contentType().startsWith(PROBLEM)) {
            return "not Problem Details";
        }
        if (body.field() == null) {
            return null;
        }
        if (answer.status() != 400) {
            return "not a 400";
        }
        for (JsonNode error : answer.body().path("errors")) {
            if (names(error.path("field").asString(""), body.field())) {
                return null;
            }
        }
        return "field not named";
    }

    /** Whether {@code named} is the field at fault, or the object or element that holds it, or a part of it. */
    private static boolean names(String named, String field) {
        return !named.isEmpty() && (named.equals(field) || field.startsWith(named + ".") || field.startsWith(named + "[")
                || named.startsWith(field + ".") || named.startsWith(field + "["));
    }

    /** Checks a hostile body's answer; whether it was accepted. */
    private boolean checkHostile(WriteOperation operation, MalformedBodies.Body body, Answer answer) {
        if (answer.status() >= 500 || answer.status() == 0) {
            fail(operation.name() + " [" + body.defect() + "] " + (answer.status() == 0 ? "no answer" : "server error")
                    + " (" + answer.status() + ")", excerpt(answer.body()) + " for " + body.excerpt());
        } else if (answer.status() >= 400 && !answer.contentType().startsWith(PROBLEM)) {
            fail(operation.name() + " [" + body.defect() + "] not Problem Details (" + answer.status() + ")",
                    answer.contentType() + " for " + body.excerpt());
        }
        return answer.status() < 300;
    }

    private List<Answer> sendAll(ExecutorService callers, WriteOperation operation, String path, String token,
            List<MalformedBodies.Body> bodies) throws Exception {
        List<Future<Answer>> pending = new ArrayList<>();
        for (MalformedBodies.Body body : bodies) {
            pending.add(callers.submit(() -> send(operation, path, token, body)));
        }
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> answer : pending) {
            Answer received = answer.get();
            answers.add(received);
            sent++;
            if (received.status() >= 500) {
                serverErrors++;
            }
        }
        return answers;
    }

    private Answer send(WriteOperation operation, String path, String token, MalformedBodies.Body body) {
        // The public paths go to their service: through the gateway an address gets ten anonymous calls a minute.
        String base = operation.isPublic()
                ? ServiceSpec.ALL.stream().filter(service -> operation.service().equals(backendKey(service))).findFirst()
                        .orElseThrow().url(stack.stack().layout)
                : stack.gateway().baseUrl();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, " + PROBLEM)
                .header("Content-Type", body.contentType())
                .method(operation.method(), HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        if (!operation.isPublic()) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    parse(response.body()));
        } catch (IOException e) {
            return new Answer(0, "", Api.JSON.getNodeFactory().stringNode(String.valueOf(e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "", MissingNode.getInstance());
        }
    }

    /** What came back: status, media type, JSON body. */
    private record Answer(int status, String contentType, JsonNode body) {
    }

    private List<WriteOperation> documentedWrites() {
        List<WriteOperation> operations = new ArrayList<>();
        for (ServiceSpec service : ServiceSpec.ALL) {
            if (!service.isGateway()) {
                String key = backendKey(service);
                operations.addAll(WriteOperation.of(key, stack.get("/api/docs/openapi/" + key, null)));
            }
        }
        return operations;
    }

    private static String backendKey(ServiceSpec service) {
        return service.urlKey().toLowerCase(java.util.Locale.ROOT);
    }

    /** The path with a value of each variable's type that names nothing the journeys made. */
    private static String concrete(WriteOperation operation, Random random) {
        String path = operation.path();
        for (Map.Entry<String, JsonNode> variable : operation.pathVariables().entrySet()) {
            JsonNode schema = variable.getValue();
            String value;
            if (schema.has("enum")) {
                value = schema.path("enum").get(0).asString();
            } else if ("uuid".equals(schema.path("format").asString(""))) {
                value = new UUID(random.nextLong(), random.nextLong()).toString();
            } else if (variable.getKey().toLowerCase(java.util.Locale.ROOT).contains("code")) {
                value = "990527100201001";
            } else {
                value = "fuzz-nobody";
            }
            path = path.replace("{" + variable.getKey() + "}", value);
        }
        return path;
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return Api.JSON.readTree(body);
        } catch (RuntimeException notJson) {
            return Api.JSON.getNodeFactory().stringNode(body);
        }
    }

    private static String excerpt(JsonNode body) {
        String text = body.toString();
        return text.length() > 400 ? text.substring(0, 400) + "..." : text;
    }
}
