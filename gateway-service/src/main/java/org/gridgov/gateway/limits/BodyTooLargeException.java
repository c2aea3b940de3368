package org.gridgov.gateway.limits;

import java.io.IOException;

/** A body without a declared length grew past the limit while it was streamed to a service. */
public class BodyTooLargeException extends IOException {

    private final long maxBytes;

    BodyTooLargeException(long maxBytes) {
        super("request body larger than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
