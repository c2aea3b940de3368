package org.gridgov.devstack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A part of the stack running as its own process (the Kafka broker, a service), its output in its
 * own log file and its pid in a pid file.
 *
 * <p>Each starts in a session of its own ({@code setsid}), so the Ctrl-C the terminal sends to
 * {@code up} does not reach it at the same moment: {@code up} stops the parts itself, in order (the
 * gateway, the services, then Kafka and PostgreSQL), and services never lose their broker or
 * database while they are still shutting down.
 */
final class ChildProcess {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final String name;
    private final Process process;
    private final PidFile pidFile;
    private final Path log;

    private ChildProcess(String name, Process process, PidFile pidFile, Path log) {
        this.name = name;
        this.process = process;
        this.pidFile = pidFile;
        this.log = log;
    }

    /** Starts {@code command} with {@code environment} added, output appended to {@code log}. */
    static ChildProcess start(String name, List<String> command, Map<String, String> environment,
                              Path workingDirectory, Path log, Path pidFile) throws IOException {
        return start(name, command, environment, false, workingDirectory, log, pidFile);
    }

    /**
     * Like {@link #start}, but the process sees {@code environment} only, none of this JVM's own
     * variables: a container's environment is what its manifest says, whatever the shell that ran the build had.
     */
    static ChildProcess startWithOnly(String name, List<String> command, Map<String, String> environment,
                                      Path workingDirectory, Path log, Path pidFile) throws IOException {
        return start(name, command, environment, true, workingDirectory, log, pidFile);
    }

    private static ChildProcess start(String name, List<String> command, Map<String, String> environment,
                                      boolean only, Path workingDirectory, Path log, Path pidFile) throws IOException {
        List<String> line = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            line.add(SETSID.toString());
        }
        line.addAll(command);
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(line)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        if (only) {
            builder.environment().clear();
        }
        builder.environment().putAll(environment);
        Process process = builder.start();
        return new ChildProcess(name, process, PidFile.write(pidFile, process.toHandle()), log);
    }

    /**
     * Options every child JVM gets. JDK 23+ warns on each use of {@code sun.misc.Unsafe}, which Kafka's
     * client still makes; this keeps the logs free of it.
     */
    static List<String> commonJvmOptions() {
        return Runtime.version().feature() >= 23 ? List.of("--sun-misc-unsafe-memory-access=allow") : List.of();
    }

    /** The {@code java} of this JVM, which every child runs on. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    /** Waits up to {@code timeout} for the process to end by itself; its exit value, or -1 while it runs. */
    int waitFor(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    /** Asks the process to stop (SIGTERM), then kills it when it has not stopped within {@code grace}. */
    void stop(Duration grace) {
        stop(process.toHandle(), grace);
        pidFile.delete();
    }

    /** Stops any process, gracefully first; true when it had to be killed. */
    static boolean stop(ProcessHandle handle, Duration grace) {
        if (!handle.isAlive()) {
            return false;
        }
        handle.destroy();
        try {
            handle.onExit().get(grace.toMillis(), TimeUnit.MILLISECONDS);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception timedOut) {
            // fall through to the kill
        }
        handle.destroyForcibly();
        try {
            handle.onExit().get(10, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // SIGKILL cannot be refused; the process is gone or going
        }
        return true;
    }
}
