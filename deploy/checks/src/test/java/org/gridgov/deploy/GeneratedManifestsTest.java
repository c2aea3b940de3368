package org.gridgov.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GeneratedManifestsTest {

    @Test
    void committedManifestsAreWhatTheCatalogueAndTheServiceTableGenerate() throws IOException {
        Path deploy = Overlays.deployRoot();

        Map<String, String> generated = GenerateManifests.files(deploy);

        for (Map.Entry<String, String> file : generated.entrySet()) {
            Path committed = deploy.resolve(file.getKey());
            assertThat(committed)
                    .as("deploy/%s is missing: run ./mvnw -q -f deploy/checks/pom.xml compile exec:java", file.getKey())
                    .exists();
            assertThat(Files.readString(committed))
                    .as("deploy/%s differs from what the topic catalogue and the service table generate;"
                            + " run ./mvnw -q -f deploy/checks/pom.xml compile exec:java and commit the result", file.getKey())
                    .isEqualTo(file.getValue());
        }
    }
}
