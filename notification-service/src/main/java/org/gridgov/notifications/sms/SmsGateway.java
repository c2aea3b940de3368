package org.gridgov.notifications.sms;

/** A provider that sends a text message to a phone number. */
interface SmsGateway {

    /** @throws SmsNotSentException when the provider did not take the message */
    void send(String phone, String text);
}
