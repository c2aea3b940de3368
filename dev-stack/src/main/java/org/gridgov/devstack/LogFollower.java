package org.gridgov.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The combined view: follows every part's log file and prints its new lines on the console,
 * prefixed with the part's name. Following files rather than pipes keeps the parts independent of
 * {@code up}: a part goes on logging to its file whatever happens to this process.
 */
final class LogFollower implements AutoCloseable {

    private static final String[] COLOURS = {"36", "33", "35", "32", "34", "96", "93", "95", "92"};
    private static final int WIDTH = 17;

    private final PrintStream console;
    private final boolean colour;
    private final List<Followed> followed = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    LogFollower(PrintStream console, boolean colour) {
        this.console = console;
        this.colour = colour;
        this.thread = Thread.ofPlatform().daemon().name("log-follower").start(this::run);
    }

    /** Follows {@code log} from its current end, showing lines at {@code threshold} or above. */
    void follow(String part, Path log, String threshold) {
        long start;
        try {
            start = Files.exists(log) ? Files.size(log) : 0;
        } catch (IOException e) {
            start = 0;
        }
        String prefix = String.format("%-" + WIDTH + "s | ", part);
        if (colour) {
            prefix = "\u001b[" + COLOURS[followed.size() % COLOURS.length] + "m" + prefix + "\u001b[0m";
        }
        followed.add(new Followed(log, prefix, threshold, start));
    }

    /** Prints what has been written since the last look. */
    synchronized void drain() {
        for (Followed part : followed) {
            part.readNewLines();
        }
        console.flush();
    }

    private void run() {
        while (running) {
            drain();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        drain();
    }

    private final class Followed {

        private final Path log;
        private final String prefix;
        private final String threshold;
        private long position;
        private String partial = "";
        private String previousLevel = "INFO";

        Followed(Path log, String prefix, String threshold, long position) {
            this.log = log;
            this.prefix = prefix;
            this.threshold = threshold;
            this.position = position;
        }

        void readNewLines() {
            if (!Files.exists(log)) {
                return;
            }
            try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
                long length = file.length();
                if (length < position) {
                    position = 0; // truncated: a new run of the part
                }
                if (length == position) {
                    return;
                }
                byte[] bytes = new byte[(int) Math.min(length - position, 4 << 20)];
                file.seek(position);
                file.readFully(bytes);
                position += bytes.length;
                String chunk = partial + new String(bytes, StandardCharsets.UTF_8);
                int end = chunk.lastIndexOf('\n');
                partial = chunk.substring(end + 1);
                if (end >= 0) {
                    chunk.substring(0, end).lines().forEach(this::print);
                }
            } catch (IOException e) {
                // the file is being rotated or removed (down --reset): try again next round
            }
        }

        private void print(String raw) {
            if (raw.isBlank()) {
                return;
            }
            LogLine line = LogLine.parse(raw);
            if (line.atLeast(threshold, previousLevel)) {
                line.text().lines().forEach(text -> console.println(prefix + text));
            }
            if (line.level() != null) {
                previousLevel = line.level();
            }
        }
    }
}
