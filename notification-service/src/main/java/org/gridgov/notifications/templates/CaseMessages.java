package org.gridgov.notifications.templates;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.gridgov.notifications.routing.CaseFacts;
import org.gridgov.notifications.routing.Channel;

/**
 * The words of a case notification: the category and level by name, the unit by its public name,
 * the deadline in local time and a link to the case. Nothing else reaches a template, so no
 * personal data can.
 */
public final class CaseMessages {

    private final MessageTemplates templates;
    private final TemplateProperties properties;
    private final Function<String, Optional<String>> unitNames;
    private final DateTimeFormatter deadlines;

    public CaseMessages(MessageTemplates templates, TemplateProperties properties,
                        Function<String, Optional<String>> unitNames) {
        this.templates = templates;
        this.properties = properties;
        this.unitNames = unitNames;
        this.deadlines = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(properties.zone());
    }

    public Message compose(CaseFacts facts, String template, Channel channel, String locale) {
        Map<String, Object> values = new HashMap<>();
        values.put("category", templates.word(locale, "category", facts.category()));
        values.put("level", templates.word(locale, "level", facts.level()));
        values.put("unit", facts.unitCode() == null ? null : unitNames.apply(facts.unitCode()).orElse(facts.unitCode()));
        values.put("deadline", facts.dueAt() == null ? null : deadlines.format(facts.dueAt()));
        values.put("link", link(facts.caseId()));
        return templates.render(template, channel, locale, values);
    }

    public String link(UUID caseId) {
        return caseId == null ? properties.consoleUrl() : properties.consoleUrl() + "/cases/" + caseId;
    }

    public String defaultLocale() {
        return properties.defaultLocale();
    }
}
