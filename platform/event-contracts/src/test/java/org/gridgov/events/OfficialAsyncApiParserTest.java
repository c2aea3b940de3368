package org.gridgov.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The bundled document read by the official AsyncAPI parser ({@code @asyncapi/parser}, pinned in
 * {@code src/test/asyncapi-parser}), the one AsyncAPI Studio and the generator use. Runs only where
 * {@code node} is on the PATH and the parser could be installed (from the npm registry, or npm's
 * cache); elsewhere it is skipped, and {@link AsyncApiDocumentBundleTest} still holds the document
 * to having no reference outside itself.
 */
class OfficialAsyncApiParserTest {

    private static final Path SOURCES = Path.of("src", "test", "asyncapi-parser");
    private static final Path WORK = Path.of("target", "asyncapi-parser");

    @Test
    void theOfficialParserReadsTheBundledDocumentWithoutErrorOrWarning() throws Exception {
        assumeTrue(run(List.of("node", "--version"), Path.of("."), 30).exitCode() == 0, "node is not on the PATH");
        installParser();
        Path document = WORK.resolve("asyncapi.yaml");
        Files.writeString(document, AsyncApiDocument.yaml());

        Result parsed = run(List.of("node", "check.mjs", "asyncapi.yaml"), WORK, 120);

        assertThat(parsed.exitCode()).as(parsed.output()).isZero();
        assertThat(parsed.output()).contains("parsed: " + AsyncApiDocument.bundled().path("channels").size() + " channels");
    }

    private static void installParser() throws Exception {
        Files.createDirectories(WORK);
        for (String file : List.of("package.json", "package-lock.json", "check.mjs")) {
            Files.copy(SOURCES.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (Files.isDirectory(WORK.resolve("node_modules/@asyncapi/parser"))) {
            return;
        }
        // --ignore-scripts: a dependency's install script would only report telemetry.
        Result installed = run(List.of("npm", "ci", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts"),
                WORK, 300);
        assumeTrue(installed.exitCode() == 0, () -> "the parser could not be installed: " + installed.output());
    }

    private static Result run(List<String> command, Path directory, int seconds) throws InterruptedException {
        try {
            // Into a file, not a pipe, so a process that hangs is stopped by the timeout, not waited for.
            Path log = Files.createTempFile("asyncapi-parser", ".log");
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            boolean finished = process.waitFor(seconds, TimeUnit.SECONDS);
            if (!finished) {
                process.destroyForcibly();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.delete(log);
            return finished ? new Result(process.exitValue(), output)
                    : new Result(-1, command + " did not finish within " + seconds + " s: " + output);
        } catch (IOException e) {
            return new Result(-1, command.getFirst() + " cannot be run: " + e.getMessage());
        }
    }

    private record Result(int exitCode, String output) {
    }
}
