package org.gridgov.notifications.templates;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.gridgov.notifications.routing.Channel;
import org.gridgov.notifications.routing.Fact;

/**
 * The words of a notification: what the fact shows ({@link Fact#shown()}: codes by name, times in
 * local time), the unit by its public name and a link to the console. Nothing else reaches a
 * template, so no personal data can.
 */
public final class Messages {

    private final MessageTemplates templates;
    private final TemplateProperties properties;
    private final Function<String, Optional<String>> unitNames;
    private final DateTimeFormatter times;

    public Messages(MessageTemplates templates, TemplateProperties properties,
                    Function<String, Optional<String>> unitNames) {
        this.templates = templates;
        this.properties = properties;
        this.unitNames = unitNames;
        this.times = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(properties.zone());
    }

    public Message compose(Fact fact, String template, Channel channel, String locale) {
        Map<String, Object> values = new HashMap<>();
        fact.shown().forEach((variable, value) -> values.put(variable, switch (value) {
            case null -> null;
            case Fact.Code code -> templates.word(locale, code.kind(), code.value());
            case Instant instant -> times.format(instant);
            case LocalDate date -> date.toString();
            default -> value;
        }));
        values.put("unit", fact.unitCode() == null ? null : unitNames.apply(fact.unitCode()).orElse(fact.unitCode()));
        values.put("link", link(fact));
        return templates.render(template, channel, locale, values);
    }

    public String link(Fact fact) {
        return fact.consolePath().isEmpty() ? properties.consoleUrl() : properties.consoleUrl() + "/" + fact.consolePath();
    }

    public String defaultLocale() {
        return properties.defaultLocale();
    }
}
