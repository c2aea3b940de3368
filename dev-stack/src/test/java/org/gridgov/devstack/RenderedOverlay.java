package org.gridgov.devstack;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * An overlay of {@code deploy/} as {@code kubectl kustomize} renders it, and the environment a
 * Deployment's container gets once the kubelet has resolved its references.
 */
final class RenderedOverlay {

    /** What an operator (or Strimzi) put into the Secrets the manifests reference. */
    interface Secrets {

        String value(String secret, String key);

        /** Every key of a Secret a container takes whole ({@code envFrom.secretRef}). */
        Map<String, String> whole(String secret);
    }

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private final List<JsonNode> objects;

    private RenderedOverlay(List<JsonNode> objects) {
        this.objects = objects;
    }

    /** kubectl from {@code $KUBECTL} or else the PATH, as deploy/checks finds it; empty when there is none to run. */
    static Optional<String> kubectl() {
        String configured = System.getenv("KUBECTL");
        Stream<Path> candidates = configured != null && !configured.isBlank()
                ? Stream.of(Path.of(configured))
                : Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                        .map(directory -> Path.of(directory, "kubectl"));
        return candidates.filter(Files::isExecutable).map(Path::toString).findFirst();
    }

    static RenderedOverlay render(String kubectl, Path overlay) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(kubectl, "kustomize", overlay.toString()).start();
        byte[] out = process.getInputStream().readAllBytes();
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError("kubectl kustomize " + overlay + " failed:\n" + errors);
        }
        try (MappingIterator<JsonNode> documents = YAML.readerFor(JsonNode.class).readValues(out)) {
            // kustomize separates objects with ---; a document between two of them is empty.
            return new RenderedOverlay(documents.readAll().stream().filter(document -> document != null && !document.isEmpty()).toList());
        }
    }

    List<JsonNode> ofKind(String kind) {
        return objects.stream().filter(object -> object.path("kind").asString().equals(kind)).toList();
    }

    JsonNode named(String kind, String name) {
        return ofKind(kind).stream().filter(object -> name(object).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("the overlay renders no " + kind + " named " + name));
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asString();
    }

    /** The Deployment's one container: every GridGov pod runs one. */
    static JsonNode container(JsonNode deployment) {
        return deployment.path("spec").path("template").path("spec").path("containers").get(0);
    }

    /**
     * The container's environment as the kubelet builds it: the {@code envFrom} sources in order,
     * then {@code env}, a later name replacing an earlier one. An optional reference to a Secret is
     * left out, as it is when the operator has not created that Secret (notification's channels).
     */
    Map<String, String> environment(JsonNode deployment, Secrets secrets) {
        JsonNode container = container(deployment);
        Map<String, String> environment = new LinkedHashMap<>();
        for (JsonNode source : container.path("envFrom")) {
            String prefix = source.path("prefix").asString("");
            if (source.has("configMapRef")) {
                data(source.path("configMapRef").path("name").asString())
                        .forEach((key, value) -> environment.put(prefix + key, value));
            } else if (source.has("secretRef")) {
                secrets.whole(source.path("secretRef").path("name").asString())
                        .forEach((key, value) -> environment.put(prefix + key, value));
            } else {
                throw new AssertionError(name(deployment) + " takes its environment from a source this check does not know: " + source);
            }
        }
        for (JsonNode variable : container.path("env")) {
            String name = variable.path("name").asString();
            JsonNode from = variable.path("valueFrom");
            if (variable.has("value")) {
                environment.put(name, variable.path("value").asString());
            } else if (from.has("configMapKeyRef")) {
                JsonNode ref = from.path("configMapKeyRef");
                environment.put(name, Optional.ofNullable(data(ref.path("name").asString()).get(ref.path("key").asString()))
                        .orElseThrow(() -> new AssertionError(name(deployment) + "'s " + name + " names a key the ConfigMap lacks: " + ref)));
            } else if (from.has("secretKeyRef")) {
                JsonNode ref = from.path("secretKeyRef");
                if (!ref.path("optional").asBoolean(false)) {
                    environment.put(name, secrets.value(ref.path("name").asString(), ref.path("key").asString()));
                }
            } else {
                throw new AssertionError(name(deployment) + "'s " + name + " comes from a source this check does not know: " + variable);
            }
        }
        return environment;
    }

    private Map<String, String> data(String configMap) {
        Map<String, String> data = new LinkedHashMap<>();
        named("ConfigMap", configMap).path("data").properties()
                .forEach(entry -> data.put(entry.getKey(), entry.getValue().asString()));
        return data;
    }
}
