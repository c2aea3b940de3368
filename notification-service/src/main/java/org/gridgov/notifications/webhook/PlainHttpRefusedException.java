package org.gridgov.notifications.webhook;

/** Deliveries carry case data and a signature: outside development they go over TLS only. */
class PlainHttpRefusedException extends RuntimeException {

    PlainHttpRefusedException() {
        super("webhook endpoints must use https");
    }
}
