package org.gridgov.notifications.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import org.gridgov.notifications.routing.Channel;

/**
 * Notification texts from Mustache templates on the class path, one per template, channel and
 * locale: {@code templates/<locale>/<template>.<channel>.mustache}. A channel without a file of its
 * own uses the inbox text; a locale without the template uses the default locale. For every
 * channel but SMS the first line is the title (the e-mail subject) and the rest the body.
 * Words that templates look up (category and level names) are in {@code templates/<locale>/words.properties}.
 */
public final class MessageTemplates {

    private static final String ROOT = "templates/";

    // Plain text, never HTML: nothing to escape; a value that is absent renders as nothing.
    private final Mustache.Compiler compiler = Mustache.compiler().escapeHTML(false).defaultValue("");
    private final Map<String, Optional<Template>> compiled = new ConcurrentHashMap<>();
    private final Map<String, Properties> words = new ConcurrentHashMap<>();
    private final String defaultLocale;

    public MessageTemplates(String defaultLocale) {
        this.defaultLocale = defaultLocale;
    }

    public Message render(String template, Channel channel, String locale, Map<String, Object> values) {
        String usedLocale = locale == null ? defaultLocale : locale;
        Template found = find(usedLocale, template, channel)
                .or(() -> find(usedLocale, template, Channel.INBOX))
                .or(() -> find(defaultLocale, template, channel))
                .or(() -> find(defaultLocale, template, Channel.INBOX))
                .orElseThrow(() -> new IllegalStateException("no template " + template + " for " + channel));
        String text = found.execute(values).strip();
        if (channel == Channel.SMS) {
            return new Message(null, text);
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? new Message(text, "") : new Message(text.substring(0, newline).strip(), text.substring(newline + 1).strip());
    }

    /** A word of the locale, e.g. {@code word("zh-CN", "category", "ENV_GARBAGE")}; the code itself when none is known. */
    public String word(String locale, String kind, String code) {
        if (code == null) {
            return null;
        }
        String key = kind + "." + code;
        String word = wordsOf(locale == null ? defaultLocale : locale).getProperty(key);
        return word != null ? word : wordsOf(defaultLocale).getProperty(key, code);
    }

    /** Whether a template exists in the default locale: rules naming a missing one are refused at start. */
    public boolean exists(String template) {
        return find(defaultLocale, template, Channel.INBOX).isPresent();
    }

    private Optional<Template> find(String locale, String template, Channel channel) {
        String path = ROOT + locale + "/" + template + "." + channel.name().toLowerCase() + ".mustache";
        return compiled.computeIfAbsent(path, this::compile);
    }

    private Optional<Template> compile(String path) {
        InputStream in = MessageTemplates.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            return Optional.empty();
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return Optional.of(compiler.compile(reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Properties wordsOf(String locale) {
        return words.computeIfAbsent(locale, key -> {
            Properties properties = new Properties();
            InputStream in = MessageTemplates.class.getClassLoader().getResourceAsStream(ROOT + key + "/words.properties");
            if (in != null) {
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    properties.load(reader);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return properties;
        });
    }
}
