package org.gridgov.devstack;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One line of a part's log as the combined console view shows it. Services log ECS JSON (what
 * Kubernetes collects); on the console that becomes {@code time LEVEL logger message}, while the
 * part's log file keeps the JSON as written.
 *
 * @param level   TRACE, DEBUG, INFO, WARN or ERROR; {@code null} when the line names none (a stack
 *                trace line, say), so it takes the level of the line before it
 * @param text    what the console shows
 */
record LogLine(String level, String text) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LEVEL = Pattern.compile("\\b(TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|LOG|STATEMENT|DETAIL|HINT|PANIC)\\b");

    /**
     * PostgreSQL says FATAL to a client that connects while it starts or stops; during {@code up}
     * that client is the launcher asking whether it is ready yet, which is not worth a warning.
     */
    private static final Pattern EXPECTED_FATAL = Pattern.compile("FATAL: +the database system is (starting up|shutting down)");

    static LogLine parse(String raw) {
        if (EXPECTED_FATAL.matcher(raw).find()) {
            return new LogLine("INFO", raw);
        }
        if (raw.startsWith("{")) {
            try {
                return fromJson(JSON.readTree(raw));
            } catch (JacksonException notJson) {
                // printed as it is
            }
        }
        return new LogLine(levelIn(raw), raw);
    }

    /** Whether the line is worth showing at {@code threshold} (INFO shows INFO, WARN and ERROR). */
    boolean atLeast(String threshold, String levelOfPreviousLine) {
        String effective = level != null ? level : levelOfPreviousLine;
        return rank(effective) >= rank(threshold);
    }

    static int rank(String level) {
        if (level == null) {
            return 2;
        }
        return switch (level) {
            case "TRACE" -> 0;
            case "DEBUG" -> 1;
            case "WARN" -> 3;
            case "ERROR", "FATAL" -> 4;
            default -> 2;
        };
    }

    private static LogLine fromJson(JsonNode line) {
        String level = text(line, "log.level", "level").toUpperCase(Locale.ROOT);
        String time = text(line, "@timestamp", "timestamp");
        int t = time.indexOf('T');
        String clock = t >= 0 && time.length() >= t + 13 ? time.substring(t + 1, t + 13) : time;
        String logger = text(line, "log.logger", "logger_name");
        String shortLogger = logger.substring(logger.lastIndexOf('.') + 1);
        StringBuilder text = new StringBuilder()
                .append(clock).append(' ').append(String.format("%-5s", level)).append(' ')
                .append(shortLogger).append(": ").append(text(line, "message"));
        String stack = text(line, "error.stack_trace", "stack_trace");
        if (!stack.isEmpty()) {
            text.append('\n').append(stack.stripTrailing());
        } else if (!text(line, "error.message").isEmpty()) {
            text.append(" (").append(text(line, "error.type")).append(": ").append(text(line, "error.message")).append(')');
        }
        return new LogLine(level.isEmpty() ? null : normalised(level), text.toString());
    }

    /** A field given flat ({@code "log.level"}) or nested ({@code "log": {"level"}}), first name found. */
    private static String text(JsonNode line, String... names) {
        for (String name : names) {
            JsonNode value = line.get(name);
            if (value == null && name.contains(".")) {
                value = line.at("/" + name.replace('.', '/'));
            }
            if (value != null && !value.isMissingNode() && !value.isNull()) {
                return value.isString() ? value.asString() : value.toString();
            }
        }
        return "";
    }

    private static String levelIn(String raw) {
        Matcher matcher = LEVEL.matcher(raw.length() > 60 ? raw.substring(0, 60) : raw);
        return matcher.find() ? normalised(matcher.group(1)) : null;
    }

    // PostgreSQL names its levels differently: LOG is its INFO, its DETAIL/HINT/STATEMENT lines belong to the line above.
    private static String normalised(String level) {
        return switch (level) {
            case "WARNING" -> "WARN";
            case "LOG" -> "INFO";
            case "PANIC" -> "FATAL";
            case "DETAIL", "HINT", "STATEMENT" -> null;
            default -> level;
        };
    }
}
