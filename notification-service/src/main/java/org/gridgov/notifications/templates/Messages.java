package org.gridgov.notifications.templates;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

    private static final String TRACKING_CODE = "{{trackingCode}}";
    private static final String TRACKING_LINK = "{{trackingLink}}";

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
        return templates.render(template, channel, locale, values(fact, locale));
    }

    /**
     * The words for the resident who reported the case. Their tracking code is their key to the case
     * and is never stored here: the text keeps a place for it and its public link, which
     * {@link #toReporter} fills when the message is sent.
     */
    public Message composeForReporter(Fact fact, String template, Channel channel, String locale) {
        Map<String, Object> values = values(fact, locale);
        values.put("trackingCode", TRACKING_CODE);
        values.put("trackingLink", TRACKING_LINK);
        return templates.render(template, channel, locale, values);
    }

    /** A text composed for a reporter, with their tracking code and its public link in place. */
    public String toReporter(String text, String trackingCode) {
        if (text == null) {
            return null;
        }
        String link = properties.trackingUrl() + "/" + URLEncoder.encode(trackingCode, StandardCharsets.UTF_8);
        return text.replace(TRACKING_LINK, link).replace(TRACKING_CODE, trackingCode);
    }

    private Map<String, Object> values(Fact fact, String locale) {
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
        return values;
    }

    public String link(Fact fact) {
        return fact.consolePath().isEmpty() ? properties.consoleUrl() : properties.consoleUrl() + "/" + fact.consolePath();
    }

    public String defaultLocale() {
        return properties.defaultLocale();
    }
}
