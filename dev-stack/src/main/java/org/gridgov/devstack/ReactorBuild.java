package org.gridgov.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Builds what is not built yet, and nothing else: a module is rebuilt when its jar is missing or
 * older than its sources, its pom, the root pom, or (for a service, whose jar embeds them) the
 * platform's sources. Looking at file times costs milliseconds, so an unchanged checkout starts
 * without Maven at all.
 */
final class ReactorBuild {

    static final String PART = "build";
    private static final Pattern MODULE = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>");

    private final StackLayout layout;

    ReactorBuild(StackLayout layout) {
        this.layout = layout;
    }

    /** The modules of the root pom's {@code <modules>}, in order. */
    List<String> reactorModules() {
        try {
            Matcher matcher = MODULE.matcher(Files.readString(layout.root().resolve("pom.xml")));
            List<String> modules = new ArrayList<>();
            while (matcher.find()) {
                modules.add(matcher.group(1));
            }
            return modules;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the root pom.xml", e);
        }
    }

    List<String> platformModules() {
        return reactorModules().stream().filter(module -> module.startsWith("platform/")).toList();
    }

    /** Of {@code modules}, those whose jar is missing or older than what it is built from. */
    List<String> stale(Collection<String> modules) {
        FileTime platform = newest(platformModules().stream().map(layout::module).toList());
        List<String> stale = new ArrayList<>();
        for (String module : modules) {
            Path jar = layout.jarOf(module);
            if (!Files.isRegularFile(jar)) {
                stale.add(module);
                continue;
            }
            FileTime inputs = newest(List.of(layout.module(module)));
            if (!module.startsWith("platform/") && platform.compareTo(inputs) > 0) {
                inputs = platform;
            }
            if (modified(jar).compareTo(inputs) < 0) {
                stale.add(module);
            }
        }
        return stale;
    }

    /**
     * The Maven runs that bring {@code modules} and the platform up to date: one reactor run for the
     * stale modules of the root pom (with the modules that depend on them), one run per stale module
     * outside it. Never this launcher's own module, whose jar is running.
     */
    List<Step> plan(List<String> modules) {
        List<String> reactor = reactorModules();
        List<String> wanted = new ArrayList<>(platformModules());
        wanted.addAll(modules);
        List<String> stale = stale(wanted);
        List<Step> steps = new ArrayList<>();
        List<String> inReactor = stale.stream().filter(reactor::contains).toList();
        if (!inReactor.isEmpty()) {
            List<String> command = new ArrayList<>(maven());
            command.addAll(List.of("-pl", String.join(",", inReactor), "-amd"));
            if (reactor.contains("dev-stack")) {
                command.addAll(List.of("-pl", "!dev-stack"));
            }
            steps.add(new Step("reactor", inReactor, command));
        }
        for (String module : stale) {
            if (!reactor.contains(module)) {
                List<String> command = new ArrayList<>(maven());
                command.addAll(List.of("-f", module + "/pom.xml"));
                steps.add(new Step(module, List.of(module), command));
            }
        }
        return steps;
    }

    /** One Maven run: what it is called in the progress, the modules it brings up to date, the command. */
    record Step(String label, List<String> modules, List<String> command) {
    }

    private List<String> maven() {
        return List.of(layout.root().resolve("mvnw").toString(), "-B", "-q", "-ntp", "install", "-DskipTests");
    }

    /**
     * Marks the jars of {@code modules} as built now: the jar plugin leaves a jar alone when its
     * classes did not change (a touched pom, say), and without this it would look stale forever.
     */
    void markBuilt(Collection<String> modules) {
        FileTime now = FileTime.fromMillis(System.currentTimeMillis());
        for (String module : modules) {
            try {
                if (Files.isRegularFile(layout.jarOf(module))) {
                    Files.setLastModifiedTime(layout.jarOf(module), now);
                }
            } catch (IOException ignored) {
                // rebuilt again next time: slower, not wrong
            }
        }
    }

    /** Runs one Maven command, output to {@code log}; its exit code. */
    int run(List<String> command, Path log) throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        Process maven = new ProcessBuilder(command)
                .directory(layout.root().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        try {
            return maven.waitFor();
        } finally {
            maven.destroy();
        }
    }

    /** The newest modification time of the sources and poms a module jar is built from. */
    private FileTime newest(List<Path> modules) {
        FileTime newest = modified(layout.root().resolve("pom.xml"));
        for (Path module : modules) {
            List<Path> inputs = List.of(module.resolve("pom.xml"), module.resolve("src/main"));
            for (Path input : inputs) {
                if (!Files.exists(input)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(input)) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        FileTime time = modified(file);
                        if (time.compareTo(newest) > 0) {
                            newest = time;
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + input, e);
                }
            }
        }
        return newest;
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
