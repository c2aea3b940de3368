package org.gridgov.deploy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The overlays as {@code kubectl kustomize} renders them, once per test run. kubectl comes from the
 * machine: Debian's {@code kubernetes-client} package (or any kubectl 1.14+) on the PATH, or
 * {@code $KUBECTL}.
 */
final class Overlays {

    static final List<String> NAMES = List.of("dev", "prod");
    static final YAMLMapper YAML = new YAMLMapper();

    private static final Map<String, List<JsonNode>> RENDERED = new ConcurrentHashMap<>();

    private Overlays() {
    }

    /** {@code deploy/}, as Maven passes it, or found from the working directory. */
    static Path deployRoot() {
        String configured = System.getProperty("gridgov.deploy.root");
        Path root = configured != null ? Path.of(configured) : Path.of("..");
        return root.toAbsolutePath().normalize();
    }

    static Path projectRoot() {
        return deployRoot().getParent();
    }

    static List<JsonNode> rendered(String overlay) {
        return RENDERED.computeIfAbsent(overlay, Overlays::render);
    }

    static List<JsonNode> ofKind(String overlay, String kind) {
        return rendered(overlay).stream().filter(object -> object.path("kind").asText().equals(kind)).toList();
    }

    static Optional<JsonNode> named(String overlay, String kind, String name) {
        return ofKind(overlay, kind).stream().filter(object -> name(object).equals(name)).findFirst();
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static String describe(JsonNode object) {
        return object.path("apiVersion").asText() + " " + object.path("kind").asText() + " " + name(object);
    }

    private static List<JsonNode> render(String overlay) {
        Path directory = deployRoot().resolve("overlays").resolve(overlay);
        try {
            Process process = new ProcessBuilder(kubectl(), "kustomize", directory.toString())
                    .redirectErrorStream(false).start();
            byte[] out = process.getInputStream().readAllBytes();
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + directory + " failed:\n" + err);
            }
            List<JsonNode> objects = new ArrayList<>();
            try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(out)) {
                while (documents.hasNext()) {
                    JsonNode document = documents.next();
                    if (document != null && !document.isNull() && !document.isEmpty()) {
                        objects.add(document);
                    }
                }
            }
            return objects;
        } catch (IOException e) {
            throw new AssertionError("could not run kubectl kustomize " + directory, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted rendering " + directory, e);
        }
    }

    /** kubectl from $KUBECTL or the PATH; the checks cannot run without it. */
    static String kubectl() {
        String configured = System.getenv("KUBECTL");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .map(directory -> Path.of(directory, "kubectl"))
                .filter(Files::isExecutable)
                .findFirst()
                .map(Path::toString)
                .orElseThrow(() -> new AssertionError("""
                        kubectl is not installed, so the Kubernetes overlays in deploy/ cannot be rendered.
                        Install it (Debian: apt-get install -y kubernetes-client) or point KUBECTL at one;
                        any kubectl 1.14 or newer has `kubectl kustomize`."""));
    }
}
