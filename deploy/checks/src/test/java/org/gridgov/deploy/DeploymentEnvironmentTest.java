package org.gridgov.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Each Deployment's environment names exactly the configuration its service reads: every variable
 * binds (Spring's relaxed binding) to a property the service reads, and every setting that must
 * change in a cluster is set: addresses that say localhost in the service's defaults, credentials,
 * the token issuer, the Kafka login the cluster demands, the keys of a service that seals personal
 * data, and the client credentials of a service that calls another.
 */
class DeploymentEnvironmentTest {

    static final List<String> SERVICES = DeployedService.ALL.stream().map(DeployedService::name).toList();

    /** A service refuses to start without an issuer and an audience, unless in development mode, which a cluster never is. */
    private static final Set<String> ALWAYS = Set.of("gridgov.security.issuer-uri", "gridgov.security.jwk-set-uri",
            "gridgov.security.audience");
    private static final Set<String> KAFKA = Set.of("spring.kafka.bootstrap-servers", "spring.kafka.security.protocol",
            "spring.kafka.properties.sasl.mechanism", "spring.kafka.properties.sasl.jaas.config",
            "spring.kafka.ssl.trust-store-type", "spring.kafka.ssl.trust-store-certificates", "gridgov.kafka.create-topics");
    private static final Set<String> DATABASE = Set.of("spring.datasource.url", "spring.datasource.username",
            "spring.datasource.password");
    /** A service sealing personal data refuses to start without these; any-key stands for the keys of a Secret taken whole. */
    private static final Set<String> PRIVACY = Set.of("gridgov.privacy.current-key-id", "gridgov.privacy.hash-key",
            "gridgov.privacy.keys.any-key");
    private static final Set<String> SERVICE_CREDENTIALS = Set.of("gridgov.service-credentials.token-uri",
            "gridgov.service-credentials.client-id", "gridgov.service-credentials.client-secret");
    private static final Pattern PROPERTIES_PREFIX = Pattern.compile("@ConfigurationProperties\\(\\s*(?:prefix\\s*=\\s*)?\"([^\"]+)\"");
    private static final Pattern DEFAULT_VALUE = Pattern.compile("@DefaultValue\\(\"([^\"]*)\"\\)\\s+[\\w.<>, ?]+?\\s+(\\w+)\\s*[,)]");
    private static final Map<String, Boolean> BOOT_PROPERTIES = bootProperties();

    @ParameterizedTest
    @FieldSource("SERVICES")
    void aDeploymentSetsEverySettingItsServiceNeedsInAClusterAndNothingItDoesNotRead(String name) throws IOException {
        DeployedService service = DeployedService.named(name);
        Path module = Overlays.projectRoot().resolve(service.module());
        assumeThat(module.resolve("src/main/java")).as("%s is not in this checkout yet: no configuration to compare with",
                service.module()).exists();
        Map<String, String> yaml = applicationYaml(module.resolve("src/main/resources/application.yaml"));
        List<String> sources = new ArrayList<>(javaSources(module.resolve("src/main/java")));
        sources.addAll(javaSources(Overlays.projectRoot().resolve("platform/service-runtime/src/main/java")));

        Set<String> environment = environmentOf("dev", name);

        Set<String> required = new TreeSet<>(ALWAYS);
        yaml.forEach((key, value) -> {
            if (value.contains("localhost") || key.endsWith(".username") || key.endsWith(".password") || key.equals("server.port")) {
                required.add(key);
            }
        });
        required.addAll(localhostDefaults(sources));
        if (service.usesKafka()) {
            required.addAll(KAFKA);
        }
        if (service.hasDatabase()) {
            required.addAll(DATABASE);
        }
        boolean sealsPersonalData = Boolean.parseBoolean(yaml.get("gridgov.privacy.enabled"));
        assertThat(service.personalData())
                .as("the service table says whether %s seals personal data, as its gridgov.privacy.enabled does", name)
                .isEqualTo(sealsPersonalData);
        if (sealsPersonalData) {
            required.addAll(PRIVACY);
        }
        if (service.hasServiceCredentials()) {
            required.addAll(SERVICE_CREDENTIALS);
        }
        List<String> missing = required.stream()
                .filter(property -> environment.stream().noneMatch(variable -> binds(variable, property)))
                .toList();
        List<String> unread = environment.stream()
                .filter(variable -> !readable(variable, yaml.keySet(), prefixes(sources)))
                .toList();

        assertThat(missing).as("settings %s needs in a cluster that its Deployment does not set", name).isEmpty();
        assertThat(unread).as("variables of the %s Deployment that no property of the service reads", name).isEmpty();
    }

    /** The names of the container's variables, its own and those of the ConfigMaps it takes whole. */
    static Set<String> environmentOf(String overlay, String name) {
        JsonNode deployment = Overlays.named(overlay, "Deployment", name).orElseThrow();
        JsonNode container = deployment.path("spec").path("template").path("spec").path("containers").get(0);
        Set<String> names = new TreeSet<>();
        container.path("env").forEach(variable -> names.add(variable.path("name").asText()));
        for (JsonNode source : container.path("envFrom")) {
            if (source.has("secretRef")) {
                // Its keys are not in the manifests; a made-up one stands for them all.
                names.add(source.path("prefix").asText() + "ANY_KEY");
                continue;
            }
            String configMap = source.path("configMapRef").path("name").asText();
            JsonNode data = Overlays.named(overlay, "ConfigMap", configMap)
                    .orElseThrow(() -> new AssertionError(name + " takes its environment from a ConfigMap "
                            + configMap + " the overlay does not have"))
                    .path("data");
            data.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    /** Relaxed binding: {@code spring.kafka.bootstrap-servers} is SPRING_KAFKA_BOOTSTRAPSERVERS or SPRING_KAFKA_BOOTSTRAP_SERVERS. */
    static boolean binds(String variable, String property) {
        String upper = property.toUpperCase().replace('.', '_');
        return variable.equals(upper.replace("-", "")) || variable.equals(upper.replace('-', '_'));
    }

    private static boolean bindsUnder(String variable, String prefix) {
        String upper = prefix.toUpperCase().replace('.', '_');
        return variable.startsWith(upper.replace("-", "") + "_") || variable.startsWith(upper.replace('-', '_') + "_");
    }

    private static boolean readable(String variable, Set<String> yamlKeys, Set<String> prefixes) {
        if (yamlKeys.stream().anyMatch(key -> binds(variable, key))) {
            return true;
        }
        if (prefixes.stream().anyMatch(prefix -> bindsUnder(variable, prefix))) {
            return true;
        }
        return BOOT_PROPERTIES.entrySet().stream().anyMatch(property -> property.getValue()
                ? bindsUnder(variable, property.getKey())
                : binds(variable, property.getKey()));
    }

    /** Prefixes of the service's and the platform's {@code @ConfigurationProperties}. */
    private static Set<String> prefixes(List<String> sources) {
        Set<String> prefixes = new TreeSet<>();
        for (String source : sources) {
            Matcher matcher = PROPERTIES_PREFIX.matcher(source);
            while (matcher.find()) {
                prefixes.add(matcher.group(1));
            }
        }
        return prefixes;
    }

    /** Properties whose default, in a {@code @ConfigurationProperties} record, points at this machine. */
    private static Set<String> localhostDefaults(List<String> sources) {
        Set<String> properties = new TreeSet<>();
        for (String source : sources) {
            Matcher prefix = PROPERTIES_PREFIX.matcher(source);
            if (!prefix.find()) {
                continue;
            }
            Matcher defaults = DEFAULT_VALUE.matcher(source);
            while (defaults.find()) {
                if (defaults.group(1).contains("localhost")) {
                    properties.add(prefix.group(1) + "." + kebab(defaults.group(2)));
                }
            }
        }
        return properties;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    /** Every property Spring Boot's modules on the classpath declare; {@code true} for maps (any key below). */
    private static Map<String, Boolean> bootProperties() {
        Map<String, Boolean> properties = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        try {
            for (String resource : List.of("META-INF/spring-configuration-metadata.json",
                    "META-INF/additional-spring-configuration-metadata.json")) {
                Enumeration<URL> urls = DeploymentEnvironmentTest.class.getClassLoader().getResources(resource);
                for (URL url : Collections.list(urls)) {
                    try (InputStream in = url.openStream()) {
                        for (JsonNode property : json.readTree(in).path("properties")) {
                            properties.put(property.path("name").asText(),
                                    property.path("type").asText().startsWith("java.util.Map"));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new AssertionError("cannot read Spring Boot's configuration metadata", e);
        }
        return properties;
    }

    /** The file's settings as dotted keys and their values as text. */
    private static Map<String, String> applicationYaml(Path file) throws IOException {
        Map<String, String> flat = new LinkedHashMap<>();
        if (Files.exists(file)) {
            flatten("", Overlays.YAML.readTree(file.toFile()), flat);
        }
        return flat;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> flat) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field ->
                    flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), flat));
        } else if (!prefix.isEmpty()) {
            flat.put(prefix, node.isValueNode() ? node.asText() : node.toString());
        }
    }

    private static List<String> javaSources(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            List<String> sources = new ArrayList<>();
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                sources.add(Files.readString(file));
            }
            return sources;
        }
    }
}
