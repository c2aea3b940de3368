package org.gridgov.devstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The secrets Kubernetes would mount for a service, made once per stack and kept beside the data
 * they protect ({@code .dev-stack/secrets.properties}; {@code --reset} wipes both): the keys that
 * encrypt personal data at rest. Random per machine, never a key published in the source.
 */
final class StackSecrets {

    private static final String KEY_ID = "devstack1";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Properties values;

    private StackSecrets(Properties values) {
        this.values = values;
    }

    static StackSecrets of(StackLayout layout) {
        Path file = layout.state().resolve("secrets.properties");
        Properties values = new Properties();
        try {
            if (Files.exists(file)) {
                try (Reader in = Files.newBufferedReader(file)) {
                    values.load(in);
                }
            } else {
                values.setProperty("privacy.key", randomKey());
                values.setProperty("privacy.hash-key", randomKey());
                Files.createDirectories(file.getParent());
                try (Writer out = Files.newBufferedWriter(file)) {
                    values.store(out, "keys of this development stack; they encrypt its personal data, keep them with it");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the stack's secrets in " + file, e);
        }
        return new StackSecrets(values);
    }

    /** What population-service reads: the current key id, the key of that id, the key of the searchable hashes. */
    Map<String, String> privacyEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("GRIDGOV_PRIVACY_CURRENT_KEY_ID", KEY_ID);
        env.put("GRIDGOV_PRIVACY_KEYS_" + KEY_ID.toUpperCase(Locale.ROOT), values.getProperty("privacy.key"));
        env.put("GRIDGOV_PRIVACY_HASH_KEY", values.getProperty("privacy.hash-key"));
        return env;
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
