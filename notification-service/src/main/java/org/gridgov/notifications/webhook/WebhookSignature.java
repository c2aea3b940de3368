package org.gridgov.notifications.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook delivery, sent as {@code GridGov-Signature: t=<unix seconds>,v1=<hex>}
 * where {@code v1} is HMAC-SHA256 with the endpoint's secret over {@code <t>.<raw body>}. Signing the
 * time with the body lets a receiver refuse an old delivery replayed by someone who captured it.
 */
public final class WebhookSignature {

    public static final String HEADER = "GridGov-Signature";
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    /** The header value for a body sent at {@code time}. */
    public static String header(String secret, Instant time, byte[] body) {
        long seconds = time.getEpochSecond();
        return "t=" + seconds + ",v1=" + HexFormat.of().formatHex(mac(secret, seconds, body));
    }

    /**
     * What a receiver does: the header is well formed, its time is within {@code tolerance} of
     * {@code now}, and its {@code v1} matches the body (compared in constant time).
     */
    public static boolean verify(String secret, String header, byte[] body, Instant now, Duration tolerance) {
        if (header == null) {
            return false;
        }
        Long seconds = null;
        byte[] given = null;
        for (String part : header.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length != 2) {
                return false;
            }
            try {
                switch (pair[0]) {
                    case "t" -> seconds = Long.parseLong(pair[1]);
                    case "v1" -> given = HexFormat.of().parseHex(pair[1]);
                    default -> {
                        // Later schemes (v2, ...) are ignored by receivers that do not know them.
                    }
                }
            } catch (IllegalArgumentException malformed) {
                return false;
            }
        }
        if (seconds == null || given == null) {
            return false;
        }
        if (Duration.between(Instant.ofEpochSecond(seconds), now).abs().compareTo(tolerance) > 0) {
            return false;
        }
        return MessageDigest.isEqual(mac(secret, seconds, body), given);
    }

    private static byte[] mac(String secret, long seconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            mac.update((seconds + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
