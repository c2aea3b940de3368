package org.gridgov.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A process {@code up} started, written down so that {@code down}, from another terminal, stops
 * exactly it: the pid and the process's start time, because a pid alone may have been reused by
 * something else since.
 */
record PidFile(Path path, long pid, Instant started) {

    /** Writes the file of a running process. */
    static PidFile write(Path path, ProcessHandle process) {
        Instant started = process.info().startInstant().orElse(Instant.EPOCH).truncatedTo(ChronoUnit.MILLIS);
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, process.pid() + " " + started.toEpochMilli() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + path, e);
        }
        return new PidFile(path, process.pid(), started);
    }

    /** The file at {@code path}, when there is one and it can be read. */
    static Optional<PidFile> read(Path path) {
        try {
            String[] fields = Files.readString(path).trim().split("\\s+");
            return Optional.of(new PidFile(path, Long.parseLong(fields[0]),
                    Instant.ofEpochMilli(fields.length > 1 ? Long.parseLong(fields[1]) : 0)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The process, while it still runs and is the one this file was written for. */
    Optional<ProcessHandle> process() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> started.equals(Instant.EPOCH)
                        || handle.info().startInstant().map(start -> start.toEpochMilli() == started.toEpochMilli()).orElse(true));
    }

    void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // A pid file left behind names a process that is gone: process() tells it apart.
        }
    }
}
