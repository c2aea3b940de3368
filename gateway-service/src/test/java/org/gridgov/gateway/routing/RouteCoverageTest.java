package org.gridgov.gateway.routing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The route table against the services' own controllers, read from their sources beside this
 * module: every path a service maps is routed to that service and to no other, and every path
 * family of the table leads to something its service maps. A controller added without its route was
 * an API nobody outside could call.
 */
class RouteCoverageTest {

    /** Paths a service maps that must not be reachable from outside. None today; actuator is not mapped here. */
    private static final Set<String> INTERNAL = Set.of();

    private static final Pattern MAPPING = Pattern.compile(
            "@(Get|Post|Put|Patch|Delete|Request)Mapping\\b(\\((?<arguments>[^)]*)\\))?");
    private static final Pattern PATH_ARGUMENT = Pattern.compile("(?:^|\\b(?:path|value)\\s*=\\s*)\\{?\\s*\"([^\"]*)\"");
    private static final Pattern TYPE = Pattern.compile("\\b(class|record|interface)\\s+\\w+");
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private static List<Mapped> mapped;

    record Mapped(Backend owner, String path, String source) {
    }

    @BeforeAll
    static void readControllers() {
        assumeTrue(Files.isDirectory(ROOT.resolve(sourcesOf(Backend.CASES))), "the services' sources beside the gateway");
        mapped = new ArrayList<>();
        for (Backend backend : Backend.values()) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(sourcesOf(backend)))) {
                files.filter(file -> file.toString().endsWith(".java"))
                        .forEach(file -> mapped.addAll(mappingsIn(backend, file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void theServicesMapPathsAtAll() {
        assertThat(mapped).extracting(Mapped::path).contains("/api/cases/{caseId}/escalate", "/api/census/imports",
                "/api/disputes/{disputeId}/sessions/{sessionId}/record", "/api/contact-points/me");
    }

    @Test
    void everyPathAServiceMapsIsRoutedToThatService() {
        for (Mapped path : mapped) {
            if (INTERNAL.contains(path.path())) {
                assertThat(routedTo(path.path())).as("internal %s (%s)", path.path(), path.source()).isEmpty();
            } else {
                assertThat(routedTo(path.path())).as("%s (%s)", path.path(), path.source()).containsExactly(path.owner());
            }
        }
    }

    @Test
    void everyPathFamilyLeadsToSomethingItsServiceMaps() {
        for (Backend backend : Backend.values()) {
            for (String family : backend.paths()) {
                PathPattern pattern = PathPatternParser.defaultInstance.parse(family);

                assertThat(mapped).as("%s of %s", family, backend.service())
                        .anyMatch(path -> path.owner() == backend && pattern.matches(sample(path.path())));
            }
        }
    }

    private static List<Backend> routedTo(String path) {
        PathContainer sample = sample(path);
        return Arrays.stream(Backend.values())
                .filter(backend -> backend.paths().stream()
                        .anyMatch(family -> PathPatternParser.defaultInstance.parse(family).matches(sample)))
                .toList();
    }

    /** The path as a caller would send it: each variable a plain segment. */
    private static PathContainer sample(String path) {
        return PathContainer.parsePath(path.replaceAll("\\{[^}]+}", "x"));
    }

    private static Path sourcesOf(Backend backend) {
        return Path.of(backend.service() + "-service", "src", "main", "java");
    }

    /** Class-level {@code @RequestMapping} prefixes every method's path; a method without a path takes the prefix. */
    private static List<Mapped> mappingsIn(Backend backend, Path file) {
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String prefix = "";
        List<Mapped> found = new ArrayList<>();
        Matcher mapping = MAPPING.matcher(source);
        while (mapping.find()) {
            List<String> paths = pathsOf(mapping.group("arguments"));
            int next = source.indexOf('{', mapping.end());
            if (TYPE.matcher(source.substring(mapping.end(), next < 0 ? source.length() : next)).find()) {
                prefix = paths.isEmpty() ? "" : paths.getFirst();
                continue;
            }
            for (String path : paths.isEmpty() ? List.of("") : paths) {
                found.add(new Mapped(backend, prefix + path, ROOT.relativize(file).toString()));
            }
        }
        return found;
    }

    private static List<String> pathsOf(String arguments) {
        if (arguments == null) {
            return List.of();
        }
        List<String> paths = new ArrayList<>();
        Matcher path = PATH_ARGUMENT.matcher(arguments.strip());
        while (path.find()) {
            paths.add(path.group(1));
        }
        return paths;
    }
}
