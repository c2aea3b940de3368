package org.gridgov.disputes.levels;

import java.io.IOException;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The rule table and deadlines exactly as the service's application.yaml configures them. */
public final class ConfiguredLevels {

    private static final StandardEnvironment ENVIRONMENT = load();

    private ConfiguredLevels() {
    }

    public static LevelRuleTable table() {
        LevelProperties properties = Binder.get(ENVIRONMENT).bind("gridgov.disputes.levels", LevelProperties.class).get();
        return new LevelRuleTable(properties.rules(), properties.roomsByType());
    }

    public static Deadlines deadlines() {
        DeadlineProperties properties = Binder.get(ENVIRONMENT).bind("gridgov.disputes.deadlines", DeadlineProperties.class).get();
        return new Deadlines(properties.limits(), properties.yellowAtShare());
    }

    private static StandardEnvironment load() {
        StandardEnvironment environment = new StandardEnvironment();
        try {
            new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"))
                    .forEach(environment.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return environment;
    }
}
