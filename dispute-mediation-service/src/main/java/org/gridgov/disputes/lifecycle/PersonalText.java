package org.gridgov.disputes.lifecycle;

import org.gridgov.runtime.privacy.KeyedHash;
import org.gridgov.runtime.privacy.PersonalDataCipher;
import org.springframework.stereotype.Component;

/**
 * Seals what may name a person before it is stored: outsiders' names and phones, and the free text
 * staff write (summaries, minutes, terms, follow-up notes), which in practice names the parties.
 */
@Component
public class PersonalText {

    private final PersonalDataCipher cipher;
    private final KeyedHash hash;

    PersonalText(PersonalDataCipher cipher, KeyedHash hash) {
        this.cipher = cipher;
        this.hash = hash;
    }

    public String seal(String plaintext) {
        return plaintext == null || plaintext.isBlank() ? null : cipher.encrypt(plaintext);
    }

    public String unseal(String sealed) {
        return sealed == null ? null : cipher.decrypt(sealed);
    }

    /** The keyed hash of a phone number, for an exact lookup without storing it in plain text. */
    public String phoneHash(String phone) {
        return phone == null || phone.isBlank() ? null : hash.of(phone.replaceAll("[\\s-]", ""));
    }
}
