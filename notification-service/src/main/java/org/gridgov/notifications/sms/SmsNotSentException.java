package org.gridgov.notifications.sms;

/** The provider did not take a message. The reason never holds the number or the text. */
class SmsNotSentException extends RuntimeException {

    SmsNotSentException(String reason) {
        super(reason);
    }
}
