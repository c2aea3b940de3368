package org.gridgov.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code down}, from another terminal: asks the running {@code up} to stop everything (it stops the
 * parts in order, as on Ctrl-C), then makes sure that nothing it started is left, whatever
 * happened to {@code up} itself: services and Kafka from their pid files, PostgreSQL from its
 * {@code postmaster.pid}.
 */
final class StackDown {

    private StackDown() {
    }

    /** The exit code: 0 when nothing the stack started is left running. */
    static int down(StackLayout layout, PrintStream out) throws InterruptedException {
        Optional<ProcessHandle> up = PidFile.read(layout.pids().resolve("up.pid")).flatMap(PidFile::process);
        if (up.isPresent()) {
            long start = System.nanoTime();
            out.println(Stack.progress("down", "asking gridgov up (pid " + up.get().pid() + ") to stop ..."));
            if (ChildProcess.stop(up.get(), Duration.ofSeconds(180))) {
                out.println(Stack.progress("down", "gridgov up did not stop in time and was killed"));
            } else {
                out.println(Stack.progress("down", "gridgov up stopped in " + Stack.seconds(start)));
            }
        } else {
            out.println(Stack.progress("down", "gridgov up is not running"));
        }
        stopLeftovers(layout, out);
        List<String> left = stillRunning(layout);
        if (left.isEmpty()) {
            out.println(Stack.progress("down", "nothing left running"));
            return 0;
        }
        out.println(Stack.progress("down", "still running: " + String.join(", ", left)));
        return 1;
    }

    /** Stops what a previous {@code up} left behind (killed, or its machine's session ended): services, Kafka, PostgreSQL. */
    static void stopLeftovers(StackLayout layout, PrintStream out) {
        for (PidFile pidFile : pidFiles(layout)) {
            if (pidFile.path().getFileName().toString().equals("up.pid")) {
                continue;
            }
            String part = pidFile.path().getFileName().toString().replaceFirst("\\.pid$", "");
            Optional<ProcessHandle> process = part.equals(EmbeddedDatabase.PART) ? Optional.empty() : pidFile.process();
            if (process.isPresent()) {
                out.println(Stack.progress(part, "left running by an earlier run (pid " + pidFile.pid() + "): stopping it"));
                ChildProcess.stop(process.get(), Duration.ofSeconds(part.equals(KafkaBroker.PART) ? 60 : 30));
            }
            if (!part.equals(EmbeddedDatabase.PART)) {
                pidFile.delete();
            }
        }
        Optional<ProcessHandle> postmaster = EmbeddedDatabase.postmasterOf(layout.postgresData());
        if (postmaster.isPresent()) {
            out.println(Stack.progress(EmbeddedDatabase.PART, "left running by an earlier run (pid "
                    + postmaster.get().pid() + "): stopping it"));
            // SIGTERM is PostgreSQL's "smart" shutdown; its clients are gone by now.
            ChildProcess.stop(postmaster.get(), Duration.ofSeconds(30));
        }
        PidFile.read(layout.pids().resolve(EmbeddedDatabase.PART + ".pid")).ifPresent(PidFile::delete);
    }

    /** What the pid files and PostgreSQL's {@code postmaster.pid} name that still runs. */
    static List<String> stillRunning(StackLayout layout) {
        List<String> running = new ArrayList<>();
        for (PidFile pidFile : pidFiles(layout)) {
            pidFile.process().ifPresent(process ->
                    running.add(pidFile.path().getFileName() + " (pid " + process.pid() + ")"));
        }
        EmbeddedDatabase.postmasterOf(layout.postgresData()).ifPresent(process ->
                running.add("postgres (pid " + process.pid() + ")"));
        return running;
    }

    private static List<PidFile> pidFiles(StackLayout layout) {
        if (!Files.isDirectory(layout.pids())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(layout.pids())) {
            return files.filter(file -> file.toString().endsWith(".pid")).sorted()
                    .map(PidFile::read).flatMap(Optional::stream)
                    // services before Kafka: they would otherwise wait for a broker that is going away
                    .sorted(Comparator.comparing(pidFile -> pidFile.path().getFileName().toString().startsWith(KafkaBroker.PART)))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static void deleteRecursively(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
