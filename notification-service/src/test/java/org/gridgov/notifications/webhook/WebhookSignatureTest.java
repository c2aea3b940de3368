package org.gridgov.notifications.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String SECRET = "whsec_test";
    private static final byte[] BODY = "{\"eventType\":\"org.gridgov.case.dispatched.v1\"}".getBytes(StandardCharsets.UTF_8);
    private static final Instant SENT = Instant.ofEpochSecond(1_763_600_000L);
    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    @Test
    void headerIsTheTimeAndTheHmacOfTimeDotBodyAsOpensslComputesIt() {
        // printf '%s' '1763600000.{"eventType":"org.gridgov.case.dispatched.v1"}' | openssl dgst -sha256 -hmac whsec_test

        String header = WebhookSignature.header(SECRET, SENT, BODY);

        assertThat(header).isEqualTo("t=1763600000,v1=e3664df205d79f8084bcc63176bf2df0f3c63f89eee5df70dd417cf0197b8fa5");
    }

    @Test
    void receiverAcceptsTheBodyItWasSentWithinTheTolerance() {
        String header = WebhookSignature.header(SECRET, SENT, BODY);

        assertThat(WebhookSignature.verify(SECRET, header, BODY, SENT.plusSeconds(90), TOLERANCE)).isTrue();
    }

    @Test
    void changedBodyWrongSecretOrOldSignatureIsRefused() {
        String header = WebhookSignature.header(SECRET, SENT, BODY);
        byte[] changed = "{\"eventType\":\"org.gridgov.case.closed.v1\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(WebhookSignature.verify(SECRET, header, changed, SENT, TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify("whsec_other", header, BODY, SENT, TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, header, BODY, SENT.plus(Duration.ofMinutes(6)), TOLERANCE)).isFalse();
    }

    @Test
    void malformedHeadersAreRefused() {
        assertThat(WebhookSignature.verify(SECRET, null, BODY, SENT, TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "v1=abcd", BODY, SENT, TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "t=1763600000,v1=not-hex", BODY, SENT, TOLERANCE)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "t=soon,v1=abcd", BODY, SENT, TOLERANCE)).isFalse();
    }
}
