package org.gridgov.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.JsonNode;

/**
 * One stack for every journey test of the run: started once, as {@code ./gridgov up} starts it, with
 * every service, a small known territory ({@link JourneyTerritory}) and its staff loaded through the
 * gateway, and stopped when the last test class is done. Journeys reach it through the gateway only,
 * as the people they stand for would, and through Kafka where a department's own system would.
 *
 * <p>Skips the journeys when a service is not built ({@code ./gridgov test} builds them first).
 */
final class JourneyStack implements BeforeAllCallback {

    static final List<String> SERVICES = List.of("gateway-service", "grid-registry-service", "case-workflow-service",
            "population-service", "dispute-mediation-service", "notification-service");

    private static Running running;

    /** The started stack, for the journeys' static fields. */
    static Running running() {
        assertThat(running).as("the journey stack was started by @ExtendWith(JourneyStack.class)").isNotNull();
        return running;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        StackLayout checkout = new StackLayout(StackLayout.checkoutOfThisLauncher(), Path.of("unused"), 0);
        List<String> missing = new ArrayList<>();
        for (String module : SERVICES) {
            if (!Files.isRegularFile(checkout.jarOf(module))) {
                missing.add(module);
            }
        }
        assumeTrue(missing.isEmpty(), "the journeys need " + missing + " built (./gridgov test builds them first)");
        synchronized (JourneyStack.class) {
            if (running == null) {
                running = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                        .computeIfAbsent(Running.class, key -> start(), Running.class);
            }
        }
    }

    private static Running start() {
        try {
            LaunchedStack stack = LaunchedStack.onFreePorts(Path.of("target/journey-stack"));
            long began = System.nanoTime();
            stack.up(Duration.ofMinutes(10), "--reset", "--no-demo", "--quiet", "--include-unlisted");
            Running started = new Running(stack, new Api(stack.gatewayUrl()), (System.nanoTime() - began) / 1_000_000_000.0);
            JourneyTerritory.load(started.gateway());
            assertThat(TerritoryReplica.awaitCaughtUp(stack.layout, Duration.ofMinutes(2)))
                    .as("case-workflow has read the territory").isTrue();
            return started;
        } catch (Exception e) {
            throw new IllegalStateException("the journey stack did not start", e);
        }
    }

    /** The stack of the run, closed by JUnit when the run ends. */
    record Running(LaunchedStack stack, Api gateway, double startedInSeconds) implements AutoCloseable {

        String kafkaBootstrap() {
            return stack.layout.kafkaBootstrap();
        }

        JsonNode get(String path, String token) {
            return gateway.get(path, token).require("GET " + path);
        }

        JsonNode post(String path, String token, Object body) {
            return gateway.post(path, token, body).require("POST " + path);
        }

        JsonNode put(String path, String token, Object body) {
            return gateway.put(path, token, body).require("PUT " + path);
        }

        @Override
        public void close() throws Exception {
            stack.close();
            System.out.printf("journeys: the stack was ready in %.1f s%n", startedInSeconds);
        }
    }

    /** A development token, as {@code ./gridgov token} makes one. */
    static String token(String account, String role, String... scope) {
        return DemoData.token(account, role, scope);
    }

    static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            body.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return body;
    }
}
