package org.gridgov.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No service's jar (and so no image, which is the jar on a JRE) carries the development private
 * key, nor any other private key: its public half is trusted in development mode, and with the
 * private half anyone could mint tokens a development service accepts. The development public key
 * stays in service-runtime: a service in development mode needs it to start from its jar with
 * nothing but {@code GRIDGOV_SECURITY_DEVELOPMENT=true}, and outside development mode it is never
 * trusted. Skips a service whose jar is not built.
 */
class ServiceJarsIT {

    private static final String DEVELOPMENT_PRIVATE_KEY = "dev-jwt-private.pem";

    static Stream<String> modules() {
        return ServiceSpec.ALL.stream().map(ServiceSpec::module);
    }

    @ParameterizedTest
    @MethodSource("modules")
    void theJarHoldsNoPrivateKey(String module) throws IOException {
        Path jar = new StackLayout(StackLayout.checkoutOfThisLauncher(), Path.of("target/unused"), 0).jarOf(module);
        assumeTrue(Files.isRegularFile(jar), module + " is not built (mvn package): " + jar);

        List<String> privateKeys = new ArrayList<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                try (InputStream in = zip.getInputStream(entry)) {
                    inspect(entry.getName(), in, privateKeys);
                }
            }
        }

        assertThat(privateKeys).as("private keys inside " + jar).isEmpty();
    }

    /** A nested jar (BOOT-INF/lib) is read entry by entry, as the boot loader reads it. */
    private static void inspect(String name, InputStream in, List<String> privateKeys) throws IOException {
        if (name.endsWith(".jar")) {
            ZipInputStream nested = new ZipInputStream(in);
            for (ZipEntry entry = nested.getNextEntry(); entry != null; entry = nested.getNextEntry()) {
                inspect(name + "!/" + entry.getName(), nested, privateKeys);
            }
        } else if (name.endsWith(DEVELOPMENT_PRIVATE_KEY)) {
            privateKeys.add(name);
        } else if (name.endsWith(".pem") || name.endsWith(".key")) {
            if (new String(in.readAllBytes(), StandardCharsets.US_ASCII).contains("PRIVATE KEY-----")) {
                privateKeys.add(name);
            }
        }
    }
}
