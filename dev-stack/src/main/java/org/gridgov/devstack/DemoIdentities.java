package org.gridgov.devstack;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Who the printed development tokens speak for: a grid worker of a real grid of the demo county, a
 * town's command centre, a department. The demo data loader writes them once it knows the county;
 * before that (no registry yet) they are codes shaped like Nanhe's.
 */
record DemoIdentities(String gridWorker, String grid, String town, String department) {

    static final DemoIdentities NANHE_SHAPED = new DemoIdentities("dev-grid-worker", "130527100201001", "130527100", "URBAN_MGMT");

    static Path file(StackLayout layout) {
        return layout.state().resolve("demo-data").resolve("identities.properties");
    }

    static DemoIdentities read(StackLayout layout) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file(layout))) {
            properties.load(in);
        } catch (IOException absent) {
            return NANHE_SHAPED;
        }
        return new DemoIdentities(
                properties.getProperty("grid-worker", NANHE_SHAPED.gridWorker),
                properties.getProperty("grid", NANHE_SHAPED.grid),
                properties.getProperty("town", NANHE_SHAPED.town),
                properties.getProperty("department", NANHE_SHAPED.department));
    }

    void write(StackLayout layout) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("grid-worker", gridWorker);
        properties.setProperty("grid", grid);
        properties.setProperty("town", town);
        properties.setProperty("department", department);
        Files.createDirectories(file(layout).getParent());
        try (Writer out = Files.newBufferedWriter(file(layout))) {
            properties.store(out, "who the development tokens printed by ./gridgov up speak for");
        }
    }
}
