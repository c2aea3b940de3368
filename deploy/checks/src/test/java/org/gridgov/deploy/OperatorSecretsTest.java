package org.gridgov.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * deploy/README.md names every Secret an operator must create before applying an overlay: each
 * Secret a Deployment reads, under its service and with the keys it reads. Strimzi writes the
 * Kafka logins and the cluster CA itself, so those are left out.
 */
class OperatorSecretsTest {

    static final List<String> OVERLAYS = Overlays.NAMES;

    /** A row of a Markdown table: its first cell and the rest. */
    private static final Pattern ROW = Pattern.compile("^\\|([^|]+)\\|(.*)$");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everySecretADeploymentReadsIsDocumentedUnderItsServiceWithItsKeys(String overlay) throws IOException {
        List<String> readme = Files.readAllLines(Overlays.deployRoot().resolve("README.md"));
        Set<String> writtenByStrimzi = new TreeSet<>(Set.of(WorkloadManifests.KAFKA_CA_SECRET));
        Overlays.ofKind(overlay, "KafkaUser").forEach(user -> writtenByStrimzi.add(Overlays.name(user)));

        List<String> undocumented = new ArrayList<>();
        for (JsonNode deployment : Overlays.ofKind(overlay, "Deployment")) {
            String service = Overlays.name(deployment);
            Set<String> listed = row(readme, service).map(OperatorSecretsTest::code).orElse(Set.of());
            secretsRead(deployment).forEach((secret, keys) -> {
                if (writtenByStrimzi.contains(secret)) {
                    return;
                }
                if (!listed.contains(secret)) {
                    undocumented.add(service + " reads the Secret " + secret + ", not in its row of the services' table");
                }
                Optional<Set<String>> documented = row(readme, "`" + secret + "`")
                        .or(() -> row(readme, "`" + secret.replace(service, "<service>") + "`"))
                        .map(OperatorSecretsTest::code);
                if (documented.isEmpty()) {
                    undocumented.add("the Secret " + secret + " has no row of its keys");
                } else {
                    keys.stream().filter(key -> !documented.get().contains(key))
                            .forEach(key -> undocumented.add("the key " + key + " of " + secret + " is not in its row"));
                }
            });
        }

        assertThat(undocumented).as("Secrets deploy/README.md does not tell the operator to create").isEmpty();
    }

    /** Secret name to the keys read from it (none for a Secret taken whole). */
    private static Map<String, Set<String>> secretsRead(JsonNode deployment) {
        Map<String, Set<String>> secrets = new TreeMap<>();
        JsonNode container = deployment.path("spec").path("template").path("spec").path("containers").get(0);
        for (JsonNode source : container.path("envFrom")) {
            if (source.has("secretRef")) {
                secrets.computeIfAbsent(source.path("secretRef").path("name").asText(), name -> new TreeSet<>());
            }
        }
        for (JsonNode variable : container.path("env")) {
            JsonNode ref = variable.path("valueFrom").path("secretKeyRef");
            if (!ref.isMissingNode()) {
                secrets.computeIfAbsent(ref.path("name").asText(), name -> new TreeSet<>()).add(ref.path("key").asText());
            }
        }
        return secrets;
    }

    /** The rest of the first table row whose first cell is {@code first}. */
    private static Optional<String> row(List<String> readme, String first) {
        for (String line : readme) {
            Matcher row = ROW.matcher(line);
            if (row.matches() && row.group(1).strip().equals(first)) {
                return Optional.of(row.group(2));
            }
        }
        return Optional.empty();
    }

    private static Set<String> code(String text) {
        Set<String> code = new TreeSet<>();
        Matcher matcher = CODE.matcher(text);
        while (matcher.find()) {
            code.add(matcher.group(1));
        }
        return code;
    }
}
