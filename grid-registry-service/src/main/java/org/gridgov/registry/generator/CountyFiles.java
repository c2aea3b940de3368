package org.gridgov.registry.generator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.gridgov.events.CloudEventCodec;
import org.gridgov.registry.transfer.UnitFeatures;
import org.gridgov.registry.unit.UnitLevel;

/**
 * Writes a generated county as files other tools load over HTTP: {@code units.geojson}, the body of
 * {@code POST /api/units/import}, and {@code staff.json}, an array of assignments, each the path
 * and body of one {@code PUT /api/units/{unitCode}/staff/{role}/{accountId}}.
 * <pre>
 * java -cp grid-registry-service.jar -Dloader.main=org.gridgov.registry.generator.CountyFiles \
 *      org.springframework.boot.loader.launch.PropertiesLauncher [directory] [seed] [grids]
 * </pre>
 */
public final class CountyFiles {

    public static final String UNITS = "units.geojson";
    public static final String STAFF = "staff.json";

    private CountyFiles() {
    }

    /** Arguments: the directory (default {@code target/nanhe}), the seed (default 130527), the number of grids (default Nanhe's 1,201). */
    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : "target/nanhe");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : CountyGenerator.NANHE_SEED;
        CountyGenerator.Shape shape = args.length > 2 ? CountyGenerator.Shape.withGrids(Integer.parseInt(args[2]))
                : CountyGenerator.Shape.nanhe();
        GeneratedCounty county = new CountyGenerator(seed).generate(shape);
        write(county, directory);
        System.out.printf("%s: %d towns, %d villages, %d grids, %d staff assignments (seed %d)%n", directory.toAbsolutePath(),
                county.unitsAt(UnitLevel.TOWN).size(), county.unitsAt(UnitLevel.VILLAGE).size(),
                county.unitsAt(UnitLevel.GRID).size(), county.staff().size(), seed);
    }

    public static void write(GeneratedCounty county, Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.write(directory.resolve(UNITS), CloudEventCodec.MAPPER.writeValueAsBytes(UnitFeatures.write(county.units())));
        Files.write(directory.resolve(STAFF), CloudEventCodec.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsBytes(county.staff()));
    }
}
