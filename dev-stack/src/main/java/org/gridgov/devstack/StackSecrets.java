package org.gridgov.devstack;

import java.io.IOException;
import java.io.InputStream;
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
 * encrypt personal data at rest, random per machine, never a key published in the source; and the
 * development signing key the services sign their own tokens with.
 */
final class StackSecrets {

    private static final String KEY_ID = "devstack1";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Properties values;
    private final Path serviceKey;

    private StackSecrets(Properties values, Path serviceKey) {
        this.values = values;
        this.serviceKey = serviceKey;
    }

    static StackSecrets of(StackLayout layout) {
        Path file = layout.state().resolve("secrets.properties");
        Properties values = new Properties();
        Path serviceKey;
        try {
            serviceKey = copyServiceKey(layout);
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
        return new StackSecrets(values, serviceKey);
    }

    /** What population-service reads: the current key id, the key of that id, the key of the searchable hashes. */
    Map<String, String> privacyEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("GRIDGOV_PRIVACY_CURRENT_KEY_ID", KEY_ID);
        env.put("GRIDGOV_PRIVACY_KEYS_" + KEY_ID.toUpperCase(Locale.ROOT), values.getProperty("privacy.key"));
        env.put("GRIDGOV_PRIVACY_HASH_KEY", values.getProperty("privacy.hash-key"));
        return env;
    }

    /**
     * What every service reads to sign its own {@code SERVICE} token for calls on its own behalf
     * (case-workflow placing a resident's report with grid-registry): the development signing key,
     * whose public half the stack's services trust, kept beside the stack's other secrets.
     */
    Map<String, String> serviceCredentialsEnvironment() {
        return Map.of("GRIDGOV_SERVICE_CREDENTIALS_SIGNING_KEY", "file:" + serviceKey.toAbsolutePath());
    }

    private static Path copyServiceKey(StackLayout layout) throws IOException {
        Path key = layout.state().resolve("service-signing-key.pem");
        if (!Files.exists(key)) {
            try (InputStream in = StackSecrets.class.getResourceAsStream("/gridgov/dev-jwt-private.pem")) {
                if (in == null) {
                    throw new IllegalStateException("the development signing key is missing from test-support");
                }
                Files.createDirectories(key.getParent());
                Files.write(key, in.readAllBytes());
            }
        }
        return key;
    }

    private static String randomKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
