package org.gridgov.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReactorBuildTest {

    private static final Instant YESTERDAY = Instant.now().minusSeconds(86_400);

    @TempDir
    Path root;

    private ReactorBuild build;

    @BeforeEach
    void checkout() throws IOException {
        Files.writeString(root.resolve("pom.xml"), """
                <project><modules>
                    <module>platform/service-runtime</module>
                    <module>case-workflow-service</module>
                    <module>dev-stack</module>
                </modules></project>
                """);
        setTime(root.resolve("pom.xml"), YESTERDAY);
        module("platform/service-runtime", YESTERDAY, YESTERDAY.plusSeconds(60));
        module("case-workflow-service", YESTERDAY, YESTERDAY.plusSeconds(60));
        module("grid-registry-service", YESTERDAY, YESTERDAY.plusSeconds(60));
        build = new ReactorBuild(new StackLayout(root, root.resolve(".dev-stack"), 0));
    }

    @Test
    void nothingIsBuiltWhenEveryJarIsNewerThanItsSources() {
        List<ReactorBuild.Step> steps = build.plan(List.of("case-workflow-service"));

        assertThat(steps).isEmpty();
    }

    @Test
    void aChangedSourceRebuildsItsModule() throws IOException {
        setTime(root.resolve("case-workflow-service/src/main/java/Source.java"), Instant.now());

        assertThat(build.stale(List.of("case-workflow-service", "platform/service-runtime")))
                .containsExactly("case-workflow-service");
    }

    @Test
    void aChangedPlatformRebuildsTheServicesThatEmbedIt() throws IOException {
        setTime(root.resolve("platform/service-runtime/src/main/java/Source.java"), Instant.now());

        List<ReactorBuild.Step> steps = build.plan(List.of("case-workflow-service"));

        assertThat(build.stale(List.of("case-workflow-service"))).containsExactly("case-workflow-service");
        assertThat(steps).hasSize(1);
        assertThat(steps.getFirst().modules()).containsExactly("platform/service-runtime", "case-workflow-service");
        assertThat(steps.getFirst().command()).containsSubsequence(
                "install", "-DskipTests", "-pl", "platform/service-runtime,case-workflow-service", "-amd", "-pl", "!dev-stack");
    }

    @Test
    void aMissingJarIsBuilt() throws IOException {
        Files.delete(root.resolve("case-workflow-service/target/case-workflow-service-0.1.0-SNAPSHOT.jar"));

        assertThat(build.stale(List.of("case-workflow-service"))).containsExactly("case-workflow-service");
    }

    @Test
    void aModuleOutsideTheRootPomIsBuiltOnItsOwn() throws IOException {
        setTime(root.resolve("grid-registry-service/pom.xml"), Instant.now());

        List<ReactorBuild.Step> steps = build.plan(List.of("grid-registry-service"));

        assertThat(steps).singleElement().satisfies(step -> {
            assertThat(step.label()).isEqualTo("grid-registry-service");
            assertThat(step.command()).containsSubsequence("install", "-DskipTests", "-f", "grid-registry-service/pom.xml");
        });
    }

    @Test
    void aJarMarkedBuiltIsNoLongerStale() throws IOException {
        setTime(root.resolve("pom.xml"), Instant.now().minusSeconds(5));
        assertThat(build.stale(List.of("case-workflow-service"))).isNotEmpty();

        build.markBuilt(List.of("case-workflow-service", "platform/service-runtime"));

        assertThat(build.stale(List.of("case-workflow-service", "platform/service-runtime"))).isEmpty();
    }

    private void module(String name, Instant sources, Instant jar) throws IOException {
        Path module = root.resolve(name);
        Path source = module.resolve("src/main/java/Source.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, "class Source {}");
        Files.writeString(module.resolve("pom.xml"), "<project/>");
        String artifact = Path.of(name).getFileName().toString();
        Path jarFile = module.resolve("target/" + artifact + "-0.1.0-SNAPSHOT.jar");
        Files.createDirectories(jarFile.getParent());
        Files.writeString(jarFile, "jar");
        for (Path path : List.of(source, source.getParent(), source.getParent().getParent(),
                module.resolve("src/main"), module.resolve("pom.xml"))) {
            setTime(path, sources);
        }
        setTime(jarFile, jar);
    }

    private static void setTime(Path file, Instant time) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(time));
    }
}
