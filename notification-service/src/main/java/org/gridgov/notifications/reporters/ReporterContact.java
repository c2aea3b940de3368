package org.gridgov.notifications.reporters;

import java.util.Optional;
import java.util.regex.Pattern;

import org.gridgov.notifications.routing.Channel;

/**
 * What case-workflow answered for a case's reporter: the contact they left and their tracking code.
 * Held only while a message is sent; never stored, logged or put in an error.
 */
record ReporterContact(String contact, String trackingCode) {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    // A mainland mobile or a landline with its area code, with or without +86, spaces or dashes.
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{7,15}");

    /** The channel the contact can be reached on, by its shape; empty when it is neither a phone number nor an address. */
    Optional<Channel> channel() {
        String trimmed = contact.strip();
        if (EMAIL.matcher(trimmed).matches()) {
            return Optional.of(Channel.EMAIL);
        }
        String digits = trimmed.replaceAll("[\\s()-]", "");
        return PHONE.matcher(digits).matches() ? Optional.of(Channel.SMS) : Optional.empty();
    }

    /** The address to send to on {@code channel}: an e-mail as given, a number without its separators. */
    String address() {
        String trimmed = contact.strip();
        return EMAIL.matcher(trimmed).matches() ? trimmed : trimmed.replaceAll("[\\s()-]", "");
    }

    @Override
    public String toString() {
        return "ReporterContact[hidden]";
    }
}
