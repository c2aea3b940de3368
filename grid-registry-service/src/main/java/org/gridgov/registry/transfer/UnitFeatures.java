package org.gridgov.registry.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.gridgov.events.CloudEventCodec;
import org.gridgov.registry.geometry.Boundaries;
import org.gridgov.registry.unit.RoutingMode;
import org.gridgov.registry.unit.UnitDraft;
import org.gridgov.registry.unit.UnitDraftRules;
import org.gridgov.registry.unit.UnitKind;
import org.gridgov.registry.unit.UnitLevel;
import org.gridgov.runtime.web.FieldError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Units as a GeoJSON FeatureCollection, the format of import and export: one Feature per unit,
 * its boundary as the geometry and {@code code, name, level, kind, households, enterprises,
 * routingMode} as properties ({@code routingMode} null where the unit inherits).
 */
public final class UnitFeatures {

    private UnitFeatures() {
    }

    /**
     * The features of a collection: the drafts that read well, and every problem by feature index.
     *
     * @param indexes the feature index of each draft
     */
    public record Parsed(List<UnitDraft> drafts, List<Integer> indexes, Map<Integer, List<FieldError>> problems) {
    }

    public static Parsed read(JsonNode collection, boolean repair) {
        Map<Integer, List<FieldError>> problems = new TreeMap<>();
        List<UnitDraft> drafts = new ArrayList<>();
        List<Integer> indexes = new ArrayList<>();
        if (!"FeatureCollection".equals(collection.path("type").asString("")) || !collection.path("features").isArray()) {
            problems.put(-1, List.of(new FieldError("type", "must be a GeoJSON FeatureCollection with a features array")));
            return new Parsed(drafts, indexes, problems);
        }
        Map<String, Integer> seen = new HashMap<>();
        JsonNode features = collection.get("features");
        for (int i = 0; i < features.size(); i++) {
            String prefix = "features[" + i + "].";
            JsonNode feature = features.get(i);
            JsonNode properties = feature.path("properties");
            List<FieldError> found = new ArrayList<>();
            Boundaries.Read boundary = Boundaries.read(feature.get("geometry"), repair);
            if (boundary.refused()) {
                found.add(new FieldError(prefix + "geometry", boundary.problem()));
            }
            String at = prefix + "properties.";
            UnitDraft draft = new UnitDraft(text(properties, "code"), text(properties, "name"),
                    choice(properties, "level", UnitLevel.class, at, found),
                    choice(properties, "kind", UnitKind.class, at, found),
                    count(properties, "households", at, found), count(properties, "enterprises", at, found),
                    choice(properties, "routingMode", RoutingMode.class, at, found), boundary.geometry());
            for (FieldError problem : UnitDraftRules.problems(draft, at)) {
                if (found.stream().noneMatch(earlier -> earlier.field().equals(problem.field()))) {
                    found.add(problem);
                }
            }
            Integer earlier = draft.code() == null ? null : seen.putIfAbsent(draft.code(), i);
            if (earlier != null) {
                found.add(new FieldError(at + "code", "appears twice in the collection (also features[" + earlier + "])"));
            }
            if (found.isEmpty()) {
                drafts.add(draft);
                indexes.add(i);
            } else {
                problems.put(i, found);
            }
        }
        return new Parsed(drafts, indexes, problems);
    }

    /** The collection of these units, in the order given. */
    public static ObjectNode write(List<UnitDraft> units) {
        ObjectNode collection = CloudEventCodec.MAPPER.createObjectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (UnitDraft unit : units) {
            ObjectNode feature = features.addObject();
            feature.put("type", "Feature");
            feature.put("id", unit.code());
            ObjectNode properties = feature.putObject("properties");
            properties.put("code", unit.code());
            properties.put("name", unit.name());
            properties.put("level", unit.level().name());
            properties.put("kind", unit.kind().name());
            properties.put("households", unit.households());
            properties.put("enterprises", unit.enterprises());
            properties.put("routingMode", unit.routingMode() == null ? null : unit.routingMode().name());
            feature.set("geometry", unit.boundary() == null ? null : Boundaries.toGeoJson(unit.boundary()));
        }
        return collection;
    }

    private static String text(JsonNode properties, String name) {
        JsonNode value = properties.get(name);
        return value == null || !value.isString() ? null : value.asString();
    }

    private static int count(JsonNode properties, String name, String at, List<FieldError> found) {
        JsonNode value = properties.get(name);
        if (value == null || value.isNull()) {
            return 0;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            found.add(new FieldError(at + name, "must be a whole number"));
            return 0;
        }
        return value.asInt();
    }

    private static <E extends Enum<E>> E choice(JsonNode properties, String name, Class<E> type, String at,
                                                List<FieldError> found) {
        JsonNode value = properties.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.asString(""));
        } catch (IllegalArgumentException e) {
            List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            found.add(new FieldError(at + name, "must be one of " + String.join(", ", names)));
            return null;
        }
    }
}
