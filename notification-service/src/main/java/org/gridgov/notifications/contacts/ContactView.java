package org.gridgov.notifications.contacts;

/** Contact points as the API shows them: masked. */
record ContactView(String accountId, String email, String phone, String locale) {

    static ContactView of(ContactPoint contact) {
        return new ContactView(contact.accountId(), Masking.email(contact.email()), Masking.phone(contact.phone()),
                contact.locale());
    }
}
