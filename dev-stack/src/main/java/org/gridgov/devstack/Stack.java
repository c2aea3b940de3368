package org.gridgov.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code up}: builds what is stale, starts PostgreSQL and Kafka, then every service that exists
 * (the gateway last), waits for each to be ready, loads the demo data once, and prints where
 * everything is. Stops it all, in reverse order, on Ctrl-C, on {@code down}, or when a part fails.
 */
final class Stack {

    /** Small heaps and the quick compiler: seven JVMs share two cores and a laptop's memory. */
    static final List<String> SERVICE_JVM_OPTIONS = List.of(
            "-Xms64m", "-Xmx384m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private final StackLayout layout;
    private final UpOptions options;
    private final PrintStream out;
    private final long began = System.nanoTime();
    private final List<ChildProcess> services = new CopyOnWriteArrayList<>();
    /** Waiting for parts is blocking work: a thread each, never the common pool (one thread on two cores). */
    private final ExecutorService waiting = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, ServiceSpec> running = new LinkedHashMap<>();
    private LogFollower follower;
    private EmbeddedDatabase database;
    private ChildProcess kafka;
    private PidFile self;
    private volatile boolean stopping;
    private boolean stopped;

    Stack(StackLayout layout, UpOptions options, PrintStream out) {
        this.layout = layout;
        this.options = options;
        this.out = out;
    }

    /** Runs the stack until stopped; the exit code when it could not start. */
    int up() throws InterruptedException {
        Optional<ProcessHandle> other = PidFile.read(upPidFile()).flatMap(PidFile::process);
        if (other.isPresent()) {
            out.println("gridgov up: already running (pid " + other.get().pid() + "); ./gridgov down stops it.");
            return 1;
        }
        try {
            StackDown.stopLeftovers(layout, out);
            prepareFolders();
            self = PidFile.write(upPidFile(), ProcessHandle.current());
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("dev-stack-stop").unstarted(this::stop));
            follower = new LogFollower(out, System.console() != null && System.getenv("NO_COLOR") == null);

            List<ServiceSpec> selected = selectServices();
            if (options.build()) {
                selected = build(selected);
            }
            selected = withJars(selected);
            checkPortsFree(selected);
            startInfrastructure();
            startServices(selected.stream().filter(service -> !service.isGateway()).toList());
            startServices(selected.stream().filter(ServiceSpec::isGateway).toList());
            if (options.demo() && !options.infraOnly()) {
                new DemoData(layout, running.keySet(), out).load();
            }
            new Welcome(layout, running.keySet(), out).print(seconds(began), ResidentMemory.describe(residentKilobytes()));
        } catch (StartFailure failure) {
            reportFailure(failure);
            return 1;
        }
        watch();
        return 0;
    }

    /** Stops everything {@code up} started, the gateway first and PostgreSQL last. Runs once. */
    synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        stopping = true;
        long start = System.nanoTime();
        out.println(progress("stopping", "everything that was started"));
        List<ChildProcess> reverse = new ArrayList<>(services).reversed();
        reverse.stream().filter(service -> service.name().equals(ServiceSpec.GATEWAY))
                .forEach(gateway -> gateway.stop(Duration.ofSeconds(30)));
        List<CompletableFuture<Void>> stopping = reverse.stream()
                .filter(service -> !service.name().equals(ServiceSpec.GATEWAY))
                .map(service -> CompletableFuture.runAsync(() -> service.stop(Duration.ofSeconds(30)), waiting))
                .toList();
        stopping.forEach(CompletableFuture::join);
        if (kafka != null) {
            kafka.stop(Duration.ofSeconds(60));
        }
        if (database != null) {
            try {
                database.close();
            } catch (IOException e) {
                out.println(progress(EmbeddedDatabase.PART, "did not stop cleanly: " + e.getMessage()));
            }
        }
        if (follower != null) {
            follower.close();
        }
        if (self != null) {
            self.delete();
        }
        out.println(progress("stopped", "in " + seconds(start) + "; nothing left running"));
        out.flush();
    }

    private void prepareFolders() throws StartFailure {
        try {
            if (options.reset() && Files.exists(layout.state())) {
                StackDown.deleteRecursively(layout.state());
                out.println(progress("reset", "removed " + layout.state()));
            }
            Files.createDirectories(layout.logs());
            try (var logs = Files.list(layout.logs())) {
                for (Path log : (Iterable<Path>) logs::iterator) {
                    Files.deleteIfExists(log);
                }
            }
        } catch (IOException e) {
            throw new StartFailure("dev-stack", null, "cannot prepare " + layout.state() + ": " + e.getMessage());
        }
    }

    private List<ServiceSpec> selectServices() {
        if (options.infraOnly()) {
            out.println(progress("services", "not started (--infra-only)"));
            return List.of();
        }
        List<String> reactor = new ReactorBuild(layout).reactorModules();
        List<ServiceSpec> selected = new ArrayList<>();
        for (ServiceSpec service : ServiceSpec.ALL) {
            if (options.without().contains(service.name())) {
                out.println(progress(service.name(), "not started (--without)"));
            } else if (!layout.hasModule(service.module())) {
                out.println(progress(service.name(), "skipped: module " + service.module() + " is not in this checkout yet"));
            } else if (!reactor.contains(service.module()) && !options.includeUnlisted()) {
                out.println(progress(service.name(), "skipped: " + service.module()
                        + " is not in the root pom's <modules> yet (--include-unlisted starts it anyway)"));
            } else {
                selected.add(service);
            }
        }
        return selected;
    }

    private List<ServiceSpec> build(List<ServiceSpec> selected) throws StartFailure, InterruptedException {
        long start = System.nanoTime();
        ReactorBuild build = new ReactorBuild(layout);
        List<ReactorBuild.Step> steps = build.plan(selected.stream().map(ServiceSpec::module).toList());
        if (steps.isEmpty()) {
            out.println(progress(ReactorBuild.PART, "up to date (" + seconds(start) + ")"));
            return selected;
        }
        List<ServiceSpec> built = new ArrayList<>(selected);
        for (ReactorBuild.Step step : steps) {
            long stepStart = System.nanoTime();
            Path log = layout.log(ReactorBuild.PART);
            out.println(progress(ReactorBuild.PART, "building " + String.join(", ", step.modules()) + " ..."));
            int exit;
            try {
                exit = build.run(step.command(), log);
            } catch (IOException e) {
                throw new StartFailure(ReactorBuild.PART, log, "cannot run Maven: " + e.getMessage());
            }
            if (exit == 0) {
                build.markBuilt(step.modules());
                out.println(progress(ReactorBuild.PART, "built " + step.label() + " in " + seconds(stepStart)));
            } else if (step.label().equals("reactor")) {
                throw new StartFailure(ReactorBuild.PART, log, "Maven failed (exit " + exit + ")");
            } else {
                built.removeIf(service -> service.module().equals(step.label()));
                out.println(progress(ReactorBuild.PART, step.label() + " does not build, so it is skipped; see " + log));
            }
        }
        return built;
    }

    private List<ServiceSpec> withJars(List<ServiceSpec> selected) {
        List<ServiceSpec> runnable = new ArrayList<>();
        for (ServiceSpec service : selected) {
            if (Files.isRegularFile(layout.jarOf(service.module()))) {
                runnable.add(service);
            } else {
                out.println(progress(service.name(), "skipped: " + layout.jarOf(service.module()) + " is not built"));
            }
        }
        return runnable;
    }

    private void checkPortsFree(List<ServiceSpec> selected) throws StartFailure {
        Map<Integer, String> ports = new LinkedHashMap<>();
        ports.put(layout.postgresPort(), EmbeddedDatabase.PART);
        ports.put(layout.port(StackLayout.KAFKA_PORT), KafkaBroker.PART);
        ports.put(layout.port(StackLayout.KAFKA_CONTROLLER_PORT), KafkaBroker.PART);
        selected.forEach(service -> ports.put(layout.port(service.basePort()), service.name()));
        for (Map.Entry<Integer, String> port : ports.entrySet()) {
            try (ServerSocket probe = new ServerSocket(port.getKey(), 1, InetAddress.getLoopbackAddress())) {
                probe.setReuseAddress(true);
            } catch (IOException inUse) {
                throw new StartFailure(port.getValue(), null, "port " + port.getKey()
                        + " is taken by another program (find it with: ss -ltnp 'sport = :" + port.getKey() + "')");
            }
        }
    }

    private void startInfrastructure() throws StartFailure, InterruptedException {
        follower.follow(EmbeddedDatabase.PART, layout.log(EmbeddedDatabase.PART), "WARN");
        follower.follow(KafkaBroker.PART, layout.log(KafkaBroker.PART), "WARN");
        out.println(progress(KafkaBroker.PART, "starting"));
        CompletableFuture<String> broker = CompletableFuture.supplyAsync(this::startKafka, waiting);
        out.println(progress(EmbeddedDatabase.PART, "starting"));
        long start = System.nanoTime();
        try {
            database = EmbeddedDatabase.start(layout);
            List<String> created = database.createDatabases(ServiceSpec.databases());
            out.println(progress(EmbeddedDatabase.PART, "ready on localhost:" + layout.postgresPort() + " in "
                    + seconds(start) + (created.isEmpty() ? "" : "; created " + String.join(", ", created))));
        } catch (IOException | SQLException | RuntimeException e) {
            broker.join();
            throw new StartFailure(EmbeddedDatabase.PART, layout.log(EmbeddedDatabase.PART), String.valueOf(e.getMessage()));
        }
        try {
            out.println(progress(KafkaBroker.PART, broker.join()));
        } catch (CompletionException e) {
            if (e.getCause() instanceof AsyncStartFailure failure) {
                throw failure.failure;
            }
            throw new StartFailure(KafkaBroker.PART, layout.log(KafkaBroker.PART), String.valueOf(e.getCause()));
        }
    }

    private String startKafka() {
        long start = System.nanoTime();
        KafkaBroker broker = new KafkaBroker(layout);
        try {
            kafka = broker.start();
            broker.awaitReady(kafka);
            List<String> created = broker.createTopics();
            return "ready on " + layout.kafkaBootstrap() + " in " + seconds(start)
                    + (created.isEmpty() ? "" : "; created " + created.size() + " topics");
        } catch (StartFailure failure) {
            throw new AsyncStartFailure(failure);
        } catch (IOException | ExecutionException | RuntimeException e) {
            throw new AsyncStartFailure(new StartFailure(KafkaBroker.PART, layout.log(KafkaBroker.PART), String.valueOf(e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AsyncStartFailure(new StartFailure(KafkaBroker.PART, layout.log(KafkaBroker.PART), "interrupted"));
        }
    }

    /** Starts {@code group} together and waits until every one is ready. */
    private void startServices(List<ServiceSpec> group) throws StartFailure, InterruptedException {
        Map<ServiceSpec, CompletableFuture<Void>> ready = new LinkedHashMap<>();
        for (ServiceSpec service : group) {
            ChildProcess process = startService(service);
            long start = System.nanoTime();
            ready.put(service, CompletableFuture.runAsync(() -> {
                try {
                    Readiness.await(process, service.url(layout), options.readyTimeout());
                    out.println(progress(service.name(), "ready on " + service.url(layout) + " in " + seconds(start)));
                } catch (StartFailure failure) {
                    throw new AsyncStartFailure(failure);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, waiting));
        }
        // The first failure ends the wait at once, whichever service it is.
        CompletableFuture<Void> firstFailure = new CompletableFuture<>();
        ready.values().forEach(future -> future.whenComplete((done, failed) -> {
            if (failed != null) {
                firstFailure.completeExceptionally(failed);
            }
        }));
        try {
            CompletableFuture.anyOf(CompletableFuture.allOf(ready.values().toArray(CompletableFuture[]::new)), firstFailure).join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() instanceof CompletionException nested ? nested.getCause() : e.getCause();
            if (cause instanceof AsyncStartFailure failure) {
                throw failure.failure;
            }
            throw new StartFailure("services", layout.logs(), String.valueOf(cause));
        }
        group.forEach(service -> running.put(service.name(), service));
    }

    private ChildProcess startService(ServiceSpec service) throws StartFailure {
        Path log = layout.log(service.name());
        follower.follow(service.name(), log, options.quiet() ? "WARN" : "INFO");
        List<String> command = new ArrayList<>(List.of(ChildProcess.java()));
        command.addAll(ChildProcess.commonJvmOptions());
        command.addAll(SERVICE_JVM_OPTIONS);
        command.addAll(List.of("-jar", layout.runningJar(service.module()).toString()));
        out.println(progress(service.name(), "starting " + layout.root().relativize(layout.jarOf(service.module()))));
        try {
            copyWhenChanged(layout.jarOf(service.module()), layout.runningJar(service.module()));
            ChildProcess process = ChildProcess.start(service.name(), command, service.environment(layout, StackSecrets.of(layout)),
                    layout.root(), log, layout.pids().resolve(service.name() + ".pid"));
            services.add(process);
            return process;
        } catch (IOException e) {
            throw new StartFailure(service.name(), log, "cannot start: " + e.getMessage());
        }
    }

    /** This launcher with its children (Kafka, the services), and PostgreSQL, which {@code pg_ctl} detached from it. */
    private long residentKilobytes() {
        return ResidentMemory.kilobytes(ProcessHandle.current())
                + database.postmaster().map(ResidentMemory::kilobytes).orElse(0L);
    }

    private static void copyWhenChanged(Path built, Path running) throws IOException {
        if (Files.exists(running) && Files.size(running) == Files.size(built)
                && Files.getLastModifiedTime(running).equals(Files.getLastModifiedTime(built))) {
            return;
        }
        Files.createDirectories(running.getParent());
        Files.copy(built, running, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
    }

    /** Until stopped: says so when a part ends by itself, and leaves the rest running. */
    private void watch() throws InterruptedException {
        List<ChildProcess> noticed = new ArrayList<>();
        while (!stopping) {
            for (ChildProcess part : services) {
                if (!part.isAlive() && !noticed.contains(part) && !stopping) {
                    noticed.add(part);
                    out.println(progress(part.name(), "ended by itself (exit " + part.exitValue() + "); see " + part.log()));
                }
            }
            if (kafka != null && !kafka.isAlive() && !noticed.contains(kafka) && !stopping) {
                noticed.add(kafka);
                out.println(progress(KafkaBroker.PART, "ended by itself (exit " + kafka.exitValue() + "); see " + kafka.log()));
            }
            Thread.sleep(1000);
        }
    }

    private void reportFailure(StartFailure failure) {
        if (follower != null) {
            follower.drain();
        }
        out.println();
        out.println("gridgov up: " + failure.part() + " failed to start: " + failure.getMessage());
        if (failure.log() != null) {
            out.println("  its log: " + failure.log());
            tail(failure.log(), 25).forEach(line -> out.println("  | " + line));
        }
        out.println("Stopping what was already started.");
    }

    /** The last {@code lines} of a part's log, as the console shows them. */
    static List<String> tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return all.subList(Math.max(0, all.size() - lines), all.size()).stream()
                    .map(line -> LogLine.parse(line).text()).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private Path upPidFile() {
        return layout.pids().resolve("up.pid");
    }

    static String progress(String part, String what) {
        return String.format(">> %-17s %s", part, what);
    }

    static String seconds(long sinceNanos) {
        return String.format("%.1f s", (System.nanoTime() - sinceNanos) / 1e9);
    }

    /** Carries a {@link StartFailure} out of an asynchronous start. */
    private static final class AsyncStartFailure extends RuntimeException {
        private final transient StartFailure failure;

        AsyncStartFailure(StartFailure failure) {
            super(failure.getMessage(), null, false, false);
            this.failure = failure;
        }
    }
}
