package org.gridgov.devstack;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the stack lives on disk and which ports it listens on.
 *
 * @param root       the repository checkout (where {@code ./gridgov} is)
 * @param state      the folder the stack keeps between runs ({@code .dev-stack/}, git-ignored)
 * @param portOffset added to every port, so a second stack (the end-to-end test) can run beside the first
 */
record StackLayout(Path root, Path state, int portOffset) {

    static final int POSTGRES_PORT = 5432;
    static final int KAFKA_PORT = 9092;
    static final int KAFKA_CONTROLLER_PORT = 9093;
    static final String DATABASE_USER = "postgres";
    static final String DATABASE_PASSWORD = "postgres";
    /** The project version, from this launcher's manifest; the fallback serves runs from {@code target/classes}. */
    private static final String VERSION = Objects.requireNonNullElse(
            StackLayout.class.getPackage().getImplementationVersion(), "0.1.0-SNAPSHOT");

    /** The checkout this launcher was built in: its jar (or classes) sit in {@code <root>/dev-stack/target/}. */
    static Path checkoutOfThisLauncher() {
        try {
            Path location = Path.of(DevStack.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = location.getParent();
            return target.getParent().getParent().toAbsolutePath().normalize();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where the launcher runs from", e);
        }
    }

    int port(int base) {
        return base + portOffset;
    }

    int postgresPort() {
        return port(POSTGRES_PORT);
    }

    String kafkaBootstrap() {
        return "localhost:" + port(KAFKA_PORT);
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgresPort() + "/" + database;
    }

    Path logs() {
        return state.resolve("logs");
    }

    Path log(String part) {
        return logs().resolve(part + ".log");
    }

    /** Pid files of what {@code up} started, read by {@code down}. */
    Path pids() {
        return state.resolve("run");
    }

    Path postgresData() {
        return state.resolve("postgres");
    }

    Path kafka() {
        return state.resolve("kafka");
    }

    /** Markers of the demo data already loaded, one per part, so each loads once. */
    Path demoMarker(String part) {
        return state.resolve("demo-data").resolve(part + ".loaded");
    }

    Path tokens() {
        return state.resolve("tokens.env");
    }

    Path module(String name) {
        return root.resolve(name);
    }

    boolean hasModule(String name) {
        return Files.isRegularFile(module(name).resolve("pom.xml"));
    }

    /** The jar {@code mvn install} builds for a module: {@code <module>/target/<artifactId>-<version>.jar}. */
    Path jarOf(String module) {
        String artifact = Path.of(module).getFileName().toString();
        return module(module).resolve("target").resolve(artifact + "-" + VERSION + ".jar");
    }

    /**
     * Where a service's jar runs from: a copy, so that rebuilding the module while the stack runs
     * cannot pull classes from under the running service.
     */
    Path runningJar(String module) {
        return state.resolve("jars").resolve(jarOf(module).getFileName());
    }

}
