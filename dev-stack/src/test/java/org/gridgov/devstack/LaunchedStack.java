package org.gridgov.devstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * A stack started by the packaged launcher, exactly as {@code ./gridgov up} starts it, in a state
 * folder of its own and on ports of its own, so a developer's running stack is left alone.
 */
final class LaunchedStack implements AutoCloseable {

    static final Path LAUNCHER = Path.of(System.getProperty("devstack.launcher", "target/dev-stack-0.1.0-SNAPSHOT.jar"));

    final Path state;
    final int portOffset;
    final StackLayout layout;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private Process up;

    LaunchedStack(Path state, int portOffset) {
        this.state = state.toAbsolutePath();
        this.portOffset = portOffset;
        this.layout = new StackLayout(StackLayout.checkoutOfThisLauncher(), this.state, portOffset);
    }

    /** A stack on the first offset (a multiple of 100 from 20000) where every port it needs is free. */
    static LaunchedStack onFreePorts(Path state) {
        int offset = IntStream.iterate(20_000, o -> o < 40_000, o -> o + 100)
                .filter(LaunchedStack::allFree).findFirst()
                .orElseThrow(() -> new IllegalStateException("no free ports for a second stack"));
        return new LaunchedStack(state, offset);
    }

    /** Runs {@code up} with {@code options} and waits for the last line of its welcome; the output so far. */
    List<String> up(Duration timeout, String... options) throws IOException, InterruptedException {
        if (!start(timeout, options)) {
            throw new IllegalStateException("the stack did not come up within " + timeout + ":\n" + String.join("\n", output));
        }
        return output();
    }

    /** Runs an {@code up} expected to fail; its exit code, what it said in {@link #output()}. */
    int upFailing(String... options) throws IOException, InterruptedException {
        if (start(Duration.ofMinutes(2), options)) {
            throw new IllegalStateException("the stack came up although it should not have:\n" + String.join("\n", output));
        }
        up.waitFor(1, TimeUnit.MINUTES);
        return up.exitValue();
    }

    private boolean start(Duration timeout, String... options) throws IOException, InterruptedException {
        output.clear();
        List<String> command = launcher("up");
        command.addAll(List.of(options));
        up = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(up.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    System.out.println(line); // in target/failsafe-reports/*-output.txt
                    output.add(line);
                    if (line.startsWith(Welcome.LAST_LINE)) {
                        ready.complete(true);
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            }
            ready.complete(false);
        });
        try {
            return ready.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    List<String> output() {
        return List.copyOf(output);
    }

    /** Runs {@code down} from "another terminal"; its exit code. */
    int down() throws IOException, InterruptedException {
        Process down = new ProcessBuilder(launcher("down")).redirectErrorStream(true).start();
        String said = new String(down.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.print(said);
        output.add(said);
        if (!down.waitFor(4, TimeUnit.MINUTES)) {
            down.destroyForcibly();
            throw new IllegalStateException("down did not finish:\n" + said);
        }
        if (up != null) {
            up.waitFor(1, TimeUnit.MINUTES);
        }
        return down.exitValue();
    }

    boolean upHasEnded() {
        return up == null || !up.isAlive();
    }

    /** The processes named by the pid files (and PostgreSQL's postmaster.pid) right now. */
    List<ProcessHandle> parts() {
        List<ProcessHandle> parts = new ArrayList<>();
        try (var files = Files.list(layout.pids())) {
            files.map(PidFile::read).flatMap(java.util.Optional::stream)
                    .map(PidFile::process).flatMap(java.util.Optional::stream).forEach(parts::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EmbeddedDatabase.postmasterOf(layout.postgresData()).ifPresent(parts::add);
        return parts;
    }

    String jdbcUrl(String database) {
        return layout.jdbcUrl(database);
    }

    String gatewayUrl() {
        return ServiceSpec.named(ServiceSpec.GATEWAY).orElseThrow().url(layout);
    }

    @Override
    public void close() throws Exception {
        if (up != null && up.isAlive()) {
            down();
        }
    }

    private List<String> launcher(String verb) {
        List<String> command = new ArrayList<>(List.of(ChildProcess.java(), "-jar", LAUNCHER.toString(), verb,
                "--state-dir", state.toString()));
        if (verb.equals("up")) {
            command.addAll(List.of("--port-offset", Integer.toString(portOffset), "--no-build"));
        }
        return command;
    }

    private static boolean allFree(int offset) {
        return IntStream.of(StackLayout.POSTGRES_PORT, StackLayout.KAFKA_PORT, StackLayout.KAFKA_CONTROLLER_PORT,
                        8080, 8081, 8082, 8083, 8084, 8085)
                .allMatch(port -> {
                    try (ServerSocket probe = new ServerSocket(port + offset, 1, InetAddress.getLoopbackAddress())) {
                        return true;
                    } catch (IOException taken) {
                        return false;
                    }
                });
    }
}
