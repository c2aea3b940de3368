package org.gridgov.registry.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.gridgov.registry.geometry.Boundaries;
import org.gridgov.registry.geometry.LocalProjection;
import org.gridgov.registry.unit.RoutingMode;
import org.gridgov.registry.unit.UnitDraft;
import org.gridgov.registry.unit.UnitKind;
import org.gridgov.registry.unit.UnitLevel;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * A synthetic county shaped like Nanhe (seed 002): a county seat town of 8 urban communities and
 * 60 grids of about 200 households, routed flat to the county centre; 7 rural towns of 200
 * villages and 1,141 grids of about 100 households, routed level by level; one enterprise grid per
 * rural town; a few grids well outside the sizing standard, as in any real registry. Boundaries
 * tile each parent exactly: Voronoi cells of seeded points, relaxed a little (Lloyd) so cells look
 * like drawn districts, clipped to the parent in full double precision (rounding the clipped
 * cells would open centimetre-wide slivers along every parent edge). The same seed gives the same
 * county, to the last coordinate.
 */
public final class CountyGenerator {

    public static final long NANHE_SEED = 130527L;
    public static final String COUNTY_CODE = "130527";

    /** The outlines are drawn on a 1e-7 degree grid; what is cut from them keeps full precision. */
    private static final PrecisionModel OUTLINE = new PrecisionModel(1e7);
    private static final GeometryFactory FACTORY = Boundaries.WGS84;
    private static final double CENTRE_LON = 114.69;
    private static final double CENTRE_LAT = 37.00;
    /** Nanhe covers about 400 km². */
    private static final double COUNTY_RADIUS_METRES = 11_300;
    private static final double SEAT_RADIUS_METRES = 2_600;

    private static final String[][] TOWNS = {
            {"130527100", "和阳镇"}, {"130527101", "贾宋镇"}, {"130527102", "郝桥镇"}, {"130527200", "东三召乡"},
            {"130527201", "阎里乡"}, {"130527202", "河郭乡"}, {"130527203", "史召乡"}, {"130527204", "三思乡"}};

    private final Random random;
    private final LocalProjection projection = LocalProjection.around(CENTRE_LON, CENTRE_LAT);

    /**
     * How big the county is.
     *
     * @param communities urban communities of the county seat
     * @param urbanGrids  grids of those communities
     * @param villages    villages of the 7 rural towns
     * @param ruralGrids  grids of those villages
     */
    public record Shape(int communities, int urbanGrids, int villages, int ruralGrids) {

        /** Nanhe as seed 002 counts it: 8 / 60 in town, 200 / 1,141 in the country, 1,201 grids. */
        public static Shape nanhe() {
            return new Shape(8, 60, 200, 1_141);
        }

        /** Nanhe's towns and villages with this many grids, split between town and country as in Nanhe. */
        public static Shape withGrids(int grids) {
            int urban = Math.max(8, (int) Math.round(grids * 60.0 / 1_201));
            return new Shape(8, urban, 200, grids - urban);
        }
    }

    public CountyGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Nanhe with the default seed. */
    public static GeneratedCounty nanhe() {
        return new CountyGenerator(NANHE_SEED).generate(Shape.nanhe());
    }

    public GeneratedCounty generate(Shape shape) {
        List<UnitDraft> units = new ArrayList<>();
        List<GeneratedCounty.StaffAssignment> staff = new ArrayList<>();
        Geometry county = blob(COUNTY_RADIUS_METRES, 36, 0.12);
        Geometry seat = OverlayNGRobust.overlay(blob(SEAT_RADIUS_METRES, 24, 0.10), county, OverlayNG.INTERSECTION);
        Geometry country = OverlayNGRobust.overlay(county, seat, OverlayNG.DIFFERENCE);
        List<Geometry> ruralTowns = partition(country, TOWNS.length - 1, 3);

        List<Geometry> townAreas = new ArrayList<>();
        townAreas.add(seat);
        townAreas.addAll(ruralTowns);
        List<Double> ruralAreas = ruralTowns.stream().map(projection::areaOf).toList();
        int[] villagesPerTown = allocate(shape.villages(), ruralAreas, 1);

        List<UnitDraft> towns = new ArrayList<>();
        List<UnitDraft> villages = new ArrayList<>();
        List<UnitDraft> grids = new ArrayList<>();
        int cadres = 0;
        for (int t = 0; t < TOWNS.length; t++) {
            String townCode = TOWNS[t][0];
            String townName = TOWNS[t][1];
            boolean urban = t == 0;
            Geometry town = townAreas.get(t);
            List<Geometry> villageAreas = partition(town, urban ? shape.communities() : villagesPerTown[t - 1], 2);
            int[] gridsPerVillage = allocate(urban ? shape.urbanGrids() : shape.ruralGrids() * villageAreas.size() / shape.villages(),
                    villageAreas.stream().map(projection::areaOf).toList(), urban ? 1 : 2);
            if (!urban && t == TOWNS.length - 1) {
                // The last town takes what integer division left over, so the county has exactly the grids asked for.
                int assigned = grids.stream().filter(grid -> grid.kind() != UnitKind.URBAN).mapToInt(grid -> 1).sum();
                int missing = shape.ruralGrids() - assigned - sum(gridsPerVillage);
                gridsPerVillage[gridsPerVillage.length - 1] += missing;
            }
            int townHouseholds = 0;
            int townEnterprises = 0;
            for (int v = 0; v < villageAreas.size(); v++) {
                String villageCode = townCode + String.format("%03d", urban ? v + 1 : v + 201);
                String villageName = urban ? townName + "第" + (v + 1) + "社区" : shortName(townName) + "第" + (v + 1) + "村";
                List<Geometry> gridAreas = partition(villageAreas.get(v), gridsPerVillage[v], 1);
                int villageHouseholds = 0;
                int villageEnterprises = 0;
                for (int g = 0; g < gridAreas.size(); g++) {
                    String gridCode = villageCode + String.format("%03d", g + 1);
                    boolean enterprise = !urban && v == 0 && g == gridAreas.size() - 1;
                    UnitKind kind = urban ? UnitKind.URBAN : enterprise ? UnitKind.ENTERPRISE : UnitKind.RURAL;
                    int households = households(kind);
                    int enterprises = enterprises(kind);
                    grids.add(new UnitDraft(gridCode, villageName + "第" + (g + 1) + "网格", UnitLevel.GRID, kind,
                            households, enterprises, null, gridAreas.get(g)));
                    staff.add(new GeneratedCounty.StaffAssignment(gridCode, "GRID_WORKER", "gw-" + gridCode,
                            "网格员" + gridCode.substring(9), phone()));
                    villageHouseholds += households;
                    villageEnterprises += enterprises;
                }
                villages.add(new UnitDraft(villageCode, villageName, UnitLevel.VILLAGE,
                        urban ? UnitKind.URBAN : UnitKind.RURAL, villageHouseholds, villageEnterprises, null,
                        villageAreas.get(v)));
                staff.add(new GeneratedCounty.StaffAssignment(villageCode, "GRID_LEADER", "gl-" + villageCode,
                        "网格长" + villageCode.substring(6), phone()));
                townHouseholds += villageHouseholds;
                townEnterprises += villageEnterprises;
            }
            towns.add(new UnitDraft(townCode, townName, UnitLevel.TOWN, urban ? UnitKind.URBAN : UnitKind.RURAL,
                    townHouseholds, townEnterprises, urban ? RoutingMode.FLAT : null, town));
            staff.add(commandCentre(townCode));
        }
        // County cadres each answer for one or two urban grids (seed 004).
        List<UnitDraft> urbanGrids = grids.stream().filter(grid -> grid.kind() == UnitKind.URBAN).toList();
        for (int i = 0; i < urbanGrids.size(); ) {
            int take = Math.min(random.nextBoolean() ? 2 : 1, urbanGrids.size() - i);
            String account = String.format("ac-%03d", ++cadres);
            String phone = phone();
            for (int k = 0; k < take; k++) {
                staff.add(new GeneratedCounty.StaffAssignment(urbanGrids.get(i + k).code(), "ANSWERABLE_CADRE", account,
                        "分包干部" + account.substring(3), phone));
            }
            i += take;
        }
        staff.add(commandCentre(COUNTY_CODE));
        units.add(new UnitDraft(COUNTY_CODE, "南和县", UnitLevel.COUNTY, UnitKind.RURAL,
                towns.stream().mapToInt(UnitDraft::households).sum(),
                towns.stream().mapToInt(UnitDraft::enterprises).sum(), RoutingMode.LEVEL_BY_LEVEL, county));
        units.addAll(towns);
        units.addAll(villages.stream().sorted(Comparator.comparing(UnitDraft::code)).toList());
        units.addAll(grids.stream().sorted(Comparator.comparing(UnitDraft::code)).toList());
        return new GeneratedCounty(List.copyOf(units), List.copyOf(staff));
    }

    /** A rounded, irregular outline around the centre, like a county or a town drawn on a map. */
    private Geometry blob(double radiusMetres, int vertices, double wobble) {
        double[] phases = {random.nextDouble() * 2 * Math.PI, random.nextDouble() * 2 * Math.PI, random.nextDouble() * 2 * Math.PI};
        Coordinate[] ring = new Coordinate[vertices + 1];
        for (int i = 0; i < vertices; i++) {
            double angle = 2 * Math.PI * i / vertices;
            double noise = 0.6 * Math.sin(2 * angle + phases[0]) + 0.3 * Math.sin(3 * angle + phases[1])
                    + 0.2 * Math.sin(5 * angle + phases[2]);
            double radius = radiusMetres * (1 + wobble * noise);
            Coordinate point = new Coordinate(CENTRE_LON + projection.degreesLon(radius * Math.cos(angle)),
                    CENTRE_LAT + projection.degreesLat(radius * Math.sin(angle)));
            OUTLINE.makePrecise(point);
            ring[i] = point;
        }
        ring[vertices] = ring[0].copy();
        return FACTORY.createPolygon(ring);
    }

    /**
     * The region cut into {@code parts} pieces that tile it: Voronoi cells of random points inside it,
     * moved {@code rounds} times to the middle of their cells, clipped to the region. Pieces come in
     * reading order (north to south, west to east), so codes run across the map like a real register.
     */
    private List<Geometry> partition(Geometry region, int parts, int rounds) {
        if (parts <= 1) {
            return List.of(region);
        }
        List<Coordinate> sites = sample(region, parts);
        List<Geometry> cells = cells(region, sites);
        for (int round = 0; round < rounds; round++) {
            List<Coordinate> moved = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                Geometry cell = cells.get(i);
                Point middle = cell.getCentroid();
                moved.add(cell.covers(middle) ? middle.getCoordinate()
                        : MaximumInscribedCircle.getCenter(cell, projection.degreesLat(10)).getCoordinate());
            }
            sites = moved;
            cells = cells(region, sites);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            order.add(i);
        }
        List<Coordinate> finalSites = sites;
        order.sort(Comparator.comparingDouble((Integer i) -> -Math.round(finalSites.get(i).y * 100) / 100.0)
                .thenComparingDouble(i -> finalSites.get(i).x));
        List<Geometry> pieces = new ArrayList<>();
        for (int i : order) {
            pieces.add(cells.get(i));
        }
        return pieces;
    }

    private List<Coordinate> sample(Geometry region, int count) {
        PreparedGeometry inside = PreparedGeometryFactory.prepare(region);
        Envelope envelope = region.getEnvelopeInternal();
        List<Coordinate> sites = new ArrayList<>();
        while (sites.size() < count) {
            Coordinate candidate = new Coordinate(envelope.getMinX() + random.nextDouble() * envelope.getWidth(),
                    envelope.getMinY() + random.nextDouble() * envelope.getHeight());
            if (inside.contains(FACTORY.createPoint(candidate))) {
                sites.add(candidate);
            }
        }
        return sites;
    }

    /** The Voronoi cell of each site clipped to the region, in the order of the sites. */
    private static List<Geometry> cells(Geometry region, List<Coordinate> sites) {
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(sites);
        Envelope clip = new Envelope(region.getEnvelopeInternal());
        clip.expandBy(clip.getWidth() * 0.2 + 1e-3, clip.getHeight() * 0.2 + 1e-3);
        builder.setClipEnvelope(clip);
        Geometry diagram = builder.getDiagram(FACTORY);
        Map<Coordinate, Geometry> bySite = new HashMap<>();
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            Geometry cell = diagram.getGeometryN(i);
            bySite.put((Coordinate) cell.getUserData(), OverlayNGRobust.overlay(cell, region, OverlayNG.INTERSECTION));
        }
        List<Geometry> cells = new ArrayList<>();
        for (Coordinate site : sites) {
            Geometry cell = bySite.get(site);
            if (cell == null || cell.isEmpty()) {
                throw new IllegalStateException("a Voronoi site produced no cell; try another seed");
            }
            cell.setSRID(FACTORY.getSRID());
            cells.add(cell);
        }
        return cells;
    }

    /** {@code total} split by weight with at least {@code minimum} each, remainders to the largest fractions. */
    static int[] allocate(int total, List<Double> weights, int minimum) {
        int[] shares = new int[weights.size()];
        int rest = total - minimum * weights.size();
        if (rest < 0) {
            throw new IllegalArgumentException("cannot give " + minimum + " each of " + total + " to " + weights.size());
        }
        double sum = weights.stream().mapToDouble(Double::doubleValue).sum();
        double[] fractions = new double[weights.size()];
        int given = 0;
        for (int i = 0; i < shares.length; i++) {
            double exact = rest * weights.get(i) / sum;
            shares[i] = minimum + (int) Math.floor(exact);
            fractions[i] = exact - Math.floor(exact);
            given += (int) Math.floor(exact);
        }
        List<Integer> byFraction = new ArrayList<>();
        for (int i = 0; i < shares.length; i++) {
            byFraction.add(i);
        }
        byFraction.sort(Comparator.comparingDouble((Integer i) -> -fractions[i]).thenComparingInt(i -> i));
        for (int k = 0; k < rest - given; k++) {
            shares[byFraction.get(k)]++;
        }
        return shares;
    }

    private int households(UnitKind kind) {
        // About one grid in thirty is far off the standard: the registry's sizing report should find them.
        boolean outlier = random.nextInt(30) == 0;
        return switch (kind) {
            case URBAN -> outlier ? 320 + random.nextInt(60) : clamp(200 + (int) Math.round(random.nextGaussian() * 20), 150, 250);
            case RURAL -> outlier ? 30 + random.nextInt(15) : clamp(100 + (int) Math.round(random.nextGaussian() * 12), 65, 135);
            case ENTERPRISE -> random.nextInt(15);
            case SPECIAL -> 0;
        };
    }

    private int enterprises(UnitKind kind) {
        return switch (kind) {
            case URBAN -> random.nextInt(6);
            case RURAL -> random.nextInt(3);
            case ENTERPRISE -> 8 + random.nextInt(6);
            case SPECIAL -> 0;
        };
    }

    /** A made-up office number in Nanhe's area code. */
    /**
     * The duty desk of a town's or the county's command centre ({@code cc-<code>}, the account the
     * development stack signs centre tokens for). Its number is the centre's switchboard, not drawn
     * from the generator's random numbers, so the rest of the county stays as it was generated.
     */
    private static GeneratedCounty.StaffAssignment commandCentre(String unitCode) {
        return new GeneratedCounty.StaffAssignment(unitCode, "COMMAND_CENTRE", "cc-" + unitCode,
                "综治中心" + unitCode, "0319-12345");
    }

    private String phone() {
        return String.format("0319-6%06d", random.nextInt(1_000_000));
    }

    private static String shortName(String townName) {
        return townName.substring(0, townName.length() - 1);
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    private static int sum(int[] values) {
        int sum = 0;
        for (int value : values) {
            sum += value;
        }
        return sum;
    }
}
