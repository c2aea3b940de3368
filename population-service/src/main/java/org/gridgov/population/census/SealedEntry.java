package org.gridgov.population.census;

import java.util.UUID;

import org.gridgov.population.protection.PersonalData;

/**
 * A census entry ready to write: personal fields sealed, lookup hashes taken. Built on the import's
 * worker threads, where the encryption runs in parallel.
 */
record SealedEntry(CensusEntry entry, UUID residentId, long idKey, String name, String nameHash, String idNumber,
                   String idNumberHash, String phone, String phoneHash, String registeredPlace, String address,
                   String addressHash, String householdKey) {

    static SealedEntry of(CensusEntry entry, PersonalData personalData) {
        String id = entry.person().idNumber().value();
        String address = entry.address();
        return new SealedEntry(entry, UUID.randomUUID(), idKey(id), personalData.seal(entry.person().name()),
                personalData.nameHash(entry.person().name()), personalData.seal(id), personalData.idNumberHash(id),
                personalData.seal(entry.person().phone()), personalData.phoneHash(entry.person().phone()),
                personalData.seal(entry.registeredPlace()), address == null ? null : personalData.seal(address),
                address == null ? null : personalData.addressHash(entry.gridCode(), address),
                entry.householdNumber() == null ? null : personalData.householdKey(entry.gridCode(), entry.householdNumber()));
    }

    /** The ID number as one long (17 digits and the check, X as 10): a compact key to find duplicates in a file. */
    static long idKey(String idNumber) {
        char check = idNumber.charAt(17);
        return Long.parseLong(idNumber, 0, 17, 10) * 11 + (check == 'X' ? 10 : check - '0');
    }

    @Override
    public String toString() {
        return "SealedEntry[" + entry.row() + "]";
    }
}
