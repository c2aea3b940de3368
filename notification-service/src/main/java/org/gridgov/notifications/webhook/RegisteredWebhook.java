package org.gridgov.notifications.webhook;

/** The answer to a registration: the only time the secret is shown. */
record RegisteredWebhook(WebhookView endpoint, String secret, String signatureHeader) {
}
