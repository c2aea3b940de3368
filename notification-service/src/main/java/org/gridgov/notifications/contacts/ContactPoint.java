package org.gridgov.notifications.contacts;

/** Where an account is reached besides its inbox. Never logged, never put in an event or an error. */
public record ContactPoint(String accountId, String email, String phone, String locale) {

    @Override
    public String toString() {
        return "ContactPoint[" + accountId + "]";
    }
}
