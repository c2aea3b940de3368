package org.gridgov.cases.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import org.gridgov.testing.TestInfrastructure;

/**
 * Where the time of a measurement goes: the CPU seconds of this JVM (service, in-JVM Kafka broker and
 * load generator), of the PostgreSQL server, and of everything else on the machine; and, inside the
 * JVM, a Flight Recorder profile of where threads run, by area and by method.
 */
final class CpuProfile {

    private static final long TICKS_PER_SECOND = 100;
    /** {@code -Dbench.recording=FILE} keeps the run's Flight Recorder samples there, with their whole stacks. */
    private static final String KEEP_RECORDING = System.getProperty("bench.recording");
    // The first matching prefix names the area of a sample's top frame.
    private static final Map<String, String> AREAS = areas();

    private final Recording recording;
    private final long startedNanos = System.nanoTime();
    private final long jvmStart = jvmCpuNanos();
    private final long postgresStart;
    private final long[] machineStart = machineTicks();
    private final int postmaster;

    private CpuProfile() throws IOException {
        postmaster = postmasterPid();
        postgresStart = postgresTicks(postmaster);
        // Execution samples only: the "profile" settings also record socket reads and writes over
        // 1 ms, parks over 10 ms and a thread dump every minute, each with its stack, which cost the
        // run's CPU and showed as stalls in it.
        recording = new Recording();
        recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10)).withStackTrace();
        recording.start();
    }

    static CpuProfile start() throws IOException {
        return new CpuProfile();
    }

    /** @param work how many units of work (reports, loops) were done while profiling, for the CPU each took */
    void stopAndPrint(long work, String unit) throws IOException {
        recording.stop();
        double wall = (System.nanoTime() - startedNanos) / 1e9;
        double jvm = (jvmCpuNanos() - jvmStart) / 1e9;
        double postgres = (postgresTicks(postmaster) - postgresStart) / (double) TICKS_PER_SECOND;
        long[] machine = machineTicks();
        double busy = (machine[0] - machineStart[0]) / (double) TICKS_PER_SECOND;
        double all = (machine[1] - machineStart[1]) / (double) TICKS_PER_SECOND;
        System.out.printf("cpu over %.1f s wall on %d cores: this JVM %.1f s, PostgreSQL %s, other processes %.1f s, idle %.1f s%n",
                wall, Runtime.getRuntime().availableProcessors(), jvm,
                postmaster > 0 ? String.format("%.1f s", postgres) : "(not found)",
                Math.max(0, busy - jvm - (postmaster > 0 ? postgres : 0)), Math.max(0, all - busy));
        if (work > 0) {
            // Less noisy than a rate on a shared machine: a slower machine takes longer, not more CPU.
            System.out.printf("cpu per %s: %.2f ms (this JVM %.2f ms, PostgreSQL %.2f ms) over %,d %ss%n", unit,
                    1000 * (jvm + postgres) / work, 1000 * jvm / work, 1000 * postgres / work, work, unit);
        }

        Path file = Files.createTempFile("gridgov-bench", ".jfr");
        recording.dump(file);
        recording.close();
        Map<String, Integer> byArea = new HashMap<>();
        Map<String, Integer> byMethod = new HashMap<>();
        Map<String, Map<String, Integer>> classesByArea = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                    || event.getStackTrace().getFrames().isEmpty()) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            RecordedFrame top = frames.getFirst();
            String method = top.getMethod().getType().getName() + "." + top.getMethod().getName();
            byMethod.merge(method, 1, Integer::sum);
            String area = areaOf(frames);
            byArea.merge(area, 1, Integer::sum);
            classesByArea.computeIfAbsent(area, key -> new HashMap<>())
                    .merge(classIn(area, frames), 1, Integer::sum);
        }
        if (KEEP_RECORDING == null) {
            Files.deleteIfExists(file);
        } else {
            Files.move(file, Path.of(KEEP_RECORDING), StandardCopyOption.REPLACE_EXISTING);
            System.out.printf("recording kept in %s (jfr print --events jdk.ExecutionSample, or JDK Mission Control)%n",
                    KEEP_RECORDING);
        }
        int total = samples;
        System.out.printf("JVM profile (%d samples of running Java threads), by area of the running code:%n", total);
        byArea.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(14)
                .forEach(area -> {
                    System.out.printf("  %5.1f %%  %s%n", 100.0 * area.getValue() / Math.max(1, total), area.getKey());
                    classesByArea.get(area.getKey()).entrySet().stream()
                            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(3)
                            .forEach(type -> System.out.printf("             %5.1f %%  %s%n",
                                    100.0 * type.getValue() / Math.max(1, total), type.getKey()));
                });
        System.out.println("hottest methods:");
        print(byMethod, samples, 12);
    }

    /** The area of the innermost frame that belongs to a known area, else that of the top frame's package. */
    private static String areaOf(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            for (Map.Entry<String, String> area : AREAS.entrySet()) {
                if (type.startsWith(area.getKey())) {
                    return area.getValue();
                }
            }
        }
        return "other: " + frames.getFirst().getMethod().getType().getName();
    }

    /** The class of the frame that put a sample in its area. */
    private static String classIn(String area, List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            for (Map.Entry<String, String> known : AREAS.entrySet()) {
                if (type.startsWith(known.getKey()) && known.getValue().equals(area)) {
                    return type + "." + frame.getMethod().getName();
                }
            }
        }
        return frames.getFirst().getMethod().getType().getName();
    }

    private static void print(Map<String, Integer> counts, int samples, int top) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(entry -> System.out.printf("  %5.1f %%  %s%n", 100.0 * entry.getValue() / Math.max(1, samples),
                        entry.getKey()));
    }

    private static Map<String, String> areas() {
        Map<String, String> areas = new LinkedHashMap<>();
        areas.put("org.postgresql", "PostgreSQL JDBC driver");
        areas.put("com.zaxxer.hikari", "connection pool");
        areas.put("kafka.", "Kafka broker (in this JVM)");
        areas.put("org.apache.kafka.storage", "Kafka broker (in this JVM)");
        areas.put("org.apache.kafka.server", "Kafka broker (in this JVM)");
        areas.put("org.apache.kafka.raft", "Kafka broker (in this JVM)");
        areas.put("org.apache.kafka.controller", "Kafka broker (in this JVM)");
        areas.put("org.apache.kafka.metadata", "Kafka broker (in this JVM)");
        areas.put("org.apache.kafka.clients", "Kafka clients");
        areas.put("org.apache.kafka.common", "Kafka clients and broker (common)");
        areas.put("tools.jackson", "JSON (Jackson)");
        areas.put("com.fasterxml.jackson", "JSON (Jackson)");
        areas.put("com.nimbusds", "JWT signatures");
        areas.put("sun.security", "JWT signatures and TLS (JDK security)");
        areas.put("java.security", "JWT signatures and TLS (JDK security)");
        areas.put("org.springframework.security", "Spring Security");
        areas.put("org.apache.catalina", "Tomcat");
        areas.put("org.apache.coyote", "Tomcat");
        areas.put("org.apache.tomcat", "Tomcat");
        areas.put("jdk.internal.net.http", "load generator's HTTP client");
        areas.put("io.micrometer", "Micrometer (metrics, observations)");
        areas.put("io.cloudevents", "CloudEvents SDK");
        areas.put("org.hibernate.validator", "bean validation");
        areas.put("org.gridgov.cases.bench", "load generator");
        areas.put("org.gridgov", "GridGov code");
        areas.put("org.springframework.jdbc", "Spring JDBC");
        areas.put("org.springframework.transaction", "Spring transactions");
        areas.put("org.springframework.web", "Spring MVC");
        areas.put("org.springframework", "Spring (other)");
        areas.put("org.slf4j", "logging");
        areas.put("ch.qos.logback", "logging");
        areas.put("java.util.regex", "JDK regex");
        return areas;
    }

    /** Starts measuring how busy the machine's cores are, for one step of a benchmark. */
    static Busy busy() {
        long[] ticks = machineTicks();
        return new Busy(ticks[0], ticks[1]);
    }

    /**
     * The machine's busy share since it was taken: a step that fails near 100 % ran out of CPU, one
     * that fails well below it stalled on something else.
     */
    record Busy(long busyTicks, long allTicks) {

        String percent() {
            long[] now = machineTicks();
            long all = now[1] - allTicks;
            return all <= 0 ? "?" : String.format("%.0f %%", 100.0 * (now[0] - busyTicks) / all);
        }
    }

    /** The machine's load average over the last minute: how busy the neighbours are. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Busy and total ticks of the whole machine, from /proc/stat. */
    private static long[] machineTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < cpu.length; i++) {
                total += Long.parseLong(cpu[i]);
            }
            long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    /** The PostgreSQL server of this run: the process listening with the port of its JDBC URL. */
    private static int postmasterPid() throws IOException {
        String url = TestInfrastructure.get().postgres().adminUrl();
        String port = url.replaceAll("^jdbc:postgresql://[^:/]+:(\\d+)/.*$", "$1");
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(path -> path.getFileName().toString().matches("\\d+"))
                    .filter(path -> {
                        List<String> arguments = commandLine(path);
                        return !arguments.isEmpty() && arguments.getFirst().endsWith("postgres")
                                && (arguments.contains(port) || arguments.stream().anyMatch(a -> a.endsWith("=" + port)));
                    })
                    .mapToInt(path -> Integer.parseInt(path.getFileName().toString()))
                    .findFirst().orElse(-1);
        }
    }

    /** CPU ticks of the server and of every backend it started. */
    private static long postgresTicks(int postmaster) {
        if (postmaster <= 0) {
            return 0;
        }
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(path -> path.getFileName().toString().matches("\\d+"))
                    .mapToLong(path -> {
                        String[] stat = stat(path);
                        if (stat == null) {
                            return 0;
                        }
                        int pid = Integer.parseInt(path.getFileName().toString());
                        boolean ours = pid == postmaster || Integer.parseInt(stat[1]) == postmaster;
                        return ours ? Long.parseLong(stat[11]) + Long.parseLong(stat[12]) : 0;
                    })
                    .sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** The fields of /proc/pid/stat after the command name: state, ppid, ... utime at 11, stime at 12. */
    private static String[] stat(Path process) {
        try {
            String text = Files.readString(process.resolve("stat"));
            return text.substring(text.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }

    private static List<String> commandLine(Path process) {
        try {
            return List.of(new String(Files.readAllBytes(process.resolve("cmdline")), StandardCharsets.UTF_8).split("\0"));
        } catch (IOException | RuntimeException gone) {
            return List.of();
        }
    }
}
