package org.gridgov.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.gridgov.testing.DevTokens;
import tools.jackson.databind.JsonNode;

/**
 * The demo data, loaded once on first start through the public REST APIs of the services that run:
 * the generated Nanhe-shaped county and its staff (grid-registry), then a few dozen cases in every
 * state ({@link DemoCases}). Each part has its marker in {@code .dev-stack/demo-data/}, so a service
 * that arrives later gets its part on the next {@code up}. A missing service or endpoint is a note,
 * never a failed start.
 *
 * <p>The county goes straight to grid-registry's own API: its staff are some 1,500 assignments, a
 * PUT each, and the gateway lets one user make 120 requests a minute (its 1 MB body limit is near
 * too: the county file is 0.7 MB). Cases go through the gateway, as every client's do.
 */
final class DemoData {

    static final String PART = "demo-data";
    private static final String GENERATOR = "org.gridgov.registry.generator.CountyFiles";

    private final StackLayout layout;
    private final Set<String> running;
    private final PrintStream out;

    DemoData(StackLayout layout, Set<String> running, PrintStream out) {
        this.layout = layout;
        this.running = running;
        this.out = out;
    }

    void load() throws InterruptedException {
        Optional<DemoCounty> county = county();
        if (!running.contains("case-workflow")) {
            note("cases skipped: case-workflow is not running");
        } else if (Files.exists(layout.demoMarker("cases"))) {
            note("cases already loaded");
        } else if (county.isEmpty()) {
            note("cases skipped: they need the demo county in grid-registry");
        } else {
            ServiceSpec entry = ServiceSpec.named(running.contains(ServiceSpec.GATEWAY) ? ServiceSpec.GATEWAY : "case-workflow").orElseThrow();
            boolean loaded = new DemoCases(layout, new Api(entry.url(layout)), county.get(), out).load();
            if (loaded) {
                mark("cases");
            }
        }
    }

    static String token(String account, String role, String... scope) {
        return DevTokens.forAccount(account).roles(role).scope(scope).lifetime(Duration.ofHours(1)).sign();
    }

    private Optional<DemoCounty> county() throws InterruptedException {
        Path folder = layout.state().resolve(PART).resolve("nanhe");
        if (Files.exists(layout.demoMarker("county"))) {
            return read(folder);
        }
        if (!running.contains("grid-registry")) {
            note("county skipped: grid-registry is not running");
            return Optional.empty();
        }
        long start = System.nanoTime();
        ServiceSpec registry = ServiceSpec.named("grid-registry").orElseThrow();
        if (!generate(registry, folder)) {
            return Optional.empty();
        }
        Api api = new Api(registry.url(layout));
        String admin = token("dev-demo-loader", "ADMIN");
        try {
            Api.Answer imported = api.post("/api/units/import", admin, Files.readString(folder.resolve(DemoCounty.UNITS)));
            if (!imported.ok()) {
                note("county not loaded: POST /api/units/import answered " + imported.status() + " " + imported.body());
                return Optional.empty();
            }
            String staff = loadStaff(api, admin, Api.JSON.readTree(Files.readString(folder.resolve(DemoCounty.STAFF))));
            Optional<DemoCounty> county = read(folder);
            county.ifPresent(loaded -> note("county loaded straight into grid-registry in " + Stack.seconds(start) + ": "
                    + loaded.grids().size() + " grids, " + staff));
            county.ifPresent(this::writeIdentities);
            mark("county");
            return county;
        } catch (IOException e) {
            note("county not loaded: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Runs the registry's generator from its jar (a Spring Boot jar: the properties launcher runs any main class in it). */
    private boolean generate(ServiceSpec registry, Path folder) throws InterruptedException {
        List<String> command = List.of(ChildProcess.java(), "-cp", layout.runningJar(registry.module()).toString(),
                "-Dloader.main=" + GENERATOR, "org.springframework.boot.loader.launch.PropertiesLauncher", folder.toString());
        try {
            Files.createDirectories(folder);
            Process generator = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.log(PART).toFile())).start();
            if (!generator.waitFor(Duration.ofMinutes(3).toMillis(), TimeUnit.MILLISECONDS)) {
                generator.destroyForcibly();
            }
            if (generator.isAlive() || generator.exitValue() != 0 || !Files.exists(folder.resolve(DemoCounty.UNITS))) {
                note("county not loaded: the registry's generator (" + GENERATOR + ") did not run; see " + layout.log(PART));
                return false;
            }
            return true;
        } catch (IOException e) {
            note("county not loaded: cannot run the registry's generator: " + e.getMessage());
            return false;
        }
    }

    /** Every assignment is a PUT of its own; four at a time keep the registry busy without swamping two cores. */
    private String loadStaff(Api api, String admin, JsonNode assignments) throws InterruptedException {
        AtomicInteger assigned = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicReference<String> firstRefusal = new AtomicReference<>();
        Semaphore slots = new Semaphore(4);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (JsonNode assignment : assignments) {
                slots.acquire();
                Future<?> ignored = threads.submit(() -> {
                    try {
                        String path = "/api/units/" + assignment.path("unitCode").asString() + "/staff/"
                                + assignment.path("role").asString() + "/" + assignment.path("accountId").asString();
                        Api.Answer answer = api.put(path, admin, Map.of(
                                "displayName", assignment.path("displayName").asString(),
                                "workPhone", assignment.path("workPhone").asString("")));
                        if (answer.ok()) {
                            assigned.incrementAndGet();
                        } else {
                            refused.incrementAndGet();
                            firstRefusal.compareAndSet(null, "PUT " + path + " answered " + answer.status() + " " + answer.body());
                        }
                    } finally {
                        slots.release();
                    }
                });
            }
        }
        return assigned.get() + " staff assignments" + (refused.get() == 0 ? ""
                : " (" + refused.get() + " refused, the first: " + firstRefusal.get() + ")");
    }

    private void writeIdentities(DemoCounty county) {
        county.rural().stream().findFirst().ifPresent(grid -> {
            try {
                new DemoIdentities(grid.worker(), grid.code(), grid.town(), DemoIdentities.NANHE_SHAPED.department()).write(layout);
            } catch (IOException e) {
                note("could not write " + DemoIdentities.file(layout) + ": " + e.getMessage());
            }
        });
    }

    private Optional<DemoCounty> read(Path folder) {
        try {
            return Optional.of(DemoCounty.read(folder));
        } catch (IOException | RuntimeException e) {
            note("cannot read the demo county in " + folder + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private void mark(String part) {
        try {
            Files.createDirectories(layout.demoMarker(part).getParent());
            Files.writeString(layout.demoMarker(part), Instant.now() + "\n");
        } catch (IOException e) {
            note("could not write " + layout.demoMarker(part) + ": " + e.getMessage());
        }
    }

    private void note(String what) {
        out.println(Stack.progress(PART, what));
    }
}
