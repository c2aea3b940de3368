package org.gridgov.cases.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.gridgov.cases.lifecycle.Codes;
import org.gridgov.cases.routing.Level;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a catalogue file and checks all of it before the service takes a single report: a code
 * that events cannot carry, a missing name, a time limit that is not a positive number of hours, a
 * severity rule that would file a case lower than its home level. Every problem is reported at once.
 */
public final class CatalogueReader {

    static final Pattern CODE = Pattern.compile(Codes.CATEGORY);
    static final Pattern DEPARTMENT = Pattern.compile(Codes.DEPARTMENT);
    static final List<String> LANGUAGES = List.of("zh-CN", "en");
    private static final List<String> LIMITS = List.of("filing", "gridHandling", "levelHandling",
            "departmentHandling", "verification");

    private final YAMLMapper yaml = YAMLMapper.builder().build();

    public CategoryCatalogue read(String source, InputStream in) {
        JsonNode root;
        try {
            root = yaml.readTree(in);
        } catch (JacksonException e) {
            throw new InvalidCatalogueException(source, List.of("not readable YAML: " + e.getOriginalMessage()));
        }
        List<String> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            throw new InvalidCatalogueException(source, List.of("the file holds no catalogue"));
        }
        int version = root.path("version").asInt(0);
        if (version < 1) {
            problems.add("version must be a whole number from 1");
        }
        JsonNode entries = root.path("categories");
        if (!entries.isArray() || entries.isEmpty()) {
            problems.add("categories must be a non-empty list");
        }
        List<Category> categories = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonNode entry = entries.get(i);
            String code = entry.path("code").asString("");
            Problems at = new Problems(problems, "categories[" + i + "]" + (code.isEmpty() ? "" : " (" + code + ")"));
            if (!CODE.matcher(code).matches()) {
                at.add("code must match " + CODE.pattern());
            } else if (!codes.add(code)) {
                at.add("code is used by an earlier category");
            }
            Category category = category(entry, code, at);
            if (category != null) {
                categories.add(category);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogueException(source, problems);
        }
        return new CategoryCatalogue(version, categories);
    }

    public CategoryCatalogue read(org.springframework.core.io.Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return read(resource.getDescription(), in);
        } catch (IOException e) {
            throw new InvalidCatalogueException(resource.getDescription(), List.of("cannot be read: " + e.getMessage()));
        }
    }

    private static Category category(JsonNode entry, String code, Problems at) {
        int before = at.count();
        Map<String, String> names = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            String name = entry.path("names").path(language).asString("").strip();
            if (name.isEmpty()) {
                at.add("names." + language + " is missing");
            }
            names.put(language, name);
        }
        CategoryGroup group = constant(entry.path("group"), CategoryGroup::valueOf, "group", CategoryGroup.values(), at);
        Level homeLevel = constant(entry.path("homeLevel"), Level::valueOf, "homeLevel", Level.values(), at);
        String department = entry.path("department").asString("");
        if (!DEPARTMENT.matcher(department).matches()) {
            at.add("department must be a department code matching " + DEPARTMENT.pattern());
        }
        TimeLimits limits = timeLimits(entry.path("timeLimits"), at);
        List<SeverityRule> rules = new ArrayList<>();
        JsonNode severity = entry.path("severity");
        if (!severity.isMissingNode() && !severity.isNull() && !severity.isArray()) {
            at.add("severity must be a list of rules");
        }
        for (int r = 0; r < severity.size() && severity.isArray(); r++) {
            SeverityRule rule = severityRule(severity.get(r), "severity[" + r + "]", homeLevel, at);
            if (rule != null) {
                rules.add(rule);
            }
        }
        return at.count() > before ? null : new Category(code, names, group, homeLevel, department, limits, rules);
    }

    private static TimeLimits timeLimits(JsonNode node, Problems at) {
        if (!node.isObject()) {
            at.add("timeLimits is missing");
            return null;
        }
        TimeLimits.Basis basis = constant(node.path("basis"), TimeLimits.Basis::valueOf, "timeLimits.basis",
                TimeLimits.Basis.values(), at);
        int[] hours = new int[LIMITS.size()];
        for (int i = 0; i < LIMITS.size(); i++) {
            JsonNode value = node.path(LIMITS.get(i));
            if (!value.isIntegralNumber() || value.asInt() < 1) {
                at.add("timeLimits." + LIMITS.get(i) + " must be a positive whole number of hours");
            }
            hours[i] = value.asInt(0);
        }
        return new TimeLimits(basis, hours[0], hours[1], hours[2], hours[3], hours[4]);
    }

    private static SeverityRule severityRule(JsonNode node, String path, Level homeLevel, Problems at) {
        int before = at.count();
        Integer people = null;
        JsonNode threshold = node.path("peopleInvolvedAtLeast");
        if (!threshold.isMissingNode()) {
            if (!threshold.isIntegralNumber() || threshold.asInt() < 1) {
                at.add(path + ".peopleInvolvedAtLeast must be a positive whole number");
            } else {
                people = threshold.asInt();
            }
        }
        Boolean risk = node.path("riskFlag").isBoolean() ? node.path("riskFlag").asBoolean() : null;
        if (people == null && !Boolean.TRUE.equals(risk) && at.count() == before) {
            at.add(path + " needs peopleInvolvedAtLeast or riskFlag: true");
        }
        Severity severity = constant(node.path("severity"), Severity::valueOf, path + ".severity", Severity.values(), at);
        Level level = constant(node.path("level"), Level::valueOf, path + ".level", Level.values(), at);
        if (level != null && homeLevel != null && homeLevel.isAbove(level)) {
            at.add(path + ".level " + level + " is below the home level " + homeLevel);
        }
        return at.count() > before ? null : new SeverityRule(people, risk, severity, level);
    }

    private static <E extends Enum<E>> E constant(JsonNode node, Function<String, E> parse, String field, E[] values,
                                                  Problems at) {
        try {
            return parse.apply(node.asString(""));
        } catch (IllegalArgumentException unknown) {
            at.add(field + " must be one of " + List.of(values));
            return null;
        }
    }

    /** The problems found so far, each prefixed with where it was found. */
    private record Problems(List<String> all, String prefix) {

        void add(String problem) {
            all.add(prefix + ": " + problem);
        }

        int count() {
            return all.size();
        }
    }
}
