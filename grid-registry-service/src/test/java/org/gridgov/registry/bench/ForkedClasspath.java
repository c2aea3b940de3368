package org.gridgov.registry.bench;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * JMH starts its fork with {@code java.class.path}; under {@code mvn exec:java} that is Maven's own
 * launcher, while the benchmark's classes sit in the plugin's class loader. This puts that class
 * loader's path where the fork looks.
 */
final class ForkedClasspath {

    private ForkedClasspath() {
    }

    static void adopt() {
        if (!(Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader)) {
            return;
        }
        List<String> entries = new ArrayList<>();
        for (URL url : loader.getURLs()) {
            try {
                entries.add(Path.of(url.toURI()).toString());
            } catch (URISyntaxException | IllegalArgumentException e) {
                entries.add(url.getPath());
            }
        }
        if (!entries.isEmpty()) {
            System.setProperty("java.class.path", String.join(File.pathSeparator, entries));
        }
    }
}
