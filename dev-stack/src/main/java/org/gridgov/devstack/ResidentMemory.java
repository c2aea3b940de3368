package org.gridgov.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** How much memory the stack's processes hold (resident set, from {@code /proc}): the figure that matters on a laptop. */
final class ResidentMemory {

    private ResidentMemory() {
    }

    /** The resident kilobytes of {@code process} and all its descendants (PostgreSQL forks one per backend), 0 where unknown. */
    static long kilobytes(ProcessHandle process) {
        return Stream.concat(Stream.of(process), process.descendants()).mapToLong(ResidentMemory::own).sum();
    }

    private static long own(ProcessHandle process) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            return lines.filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst().orElse(0);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static String describe(long kilobytes) {
        return kilobytes >= 1024 * 1024 ? String.format("%.2f GB", kilobytes / (1024.0 * 1024))
                : String.format("%d MB", kilobytes / 1024);
    }
}
