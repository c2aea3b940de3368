package org.gridgov.population.census;

import java.util.List;
import java.util.UUID;

import org.gridgov.population.care.SpecialGroup;
import org.gridgov.population.protection.PersonalData;

/**
 * A census entry ready to write: personal fields sealed, lookup hashes taken, the birth date and the
 * special groups sealed to the rows they will be written to. Built on the import's worker threads,
 * where the encryption runs in parallel.
 */
record SealedEntry(CensusEntry entry, UUID residentId, long idKey, String name, String nameHash, String idNumber,
                   String idNumberHash, String phone, String phoneHash, String birthDate, String registeredPlace,
                   String address, String addressHash, String householdKey, List<SealedMembership> memberships) {

    /** A membership of the entry's person, its group sealed to the membership's row. */
    record SealedMembership(UUID id, SpecialGroup group, String sealedGroup, String groupHash) {
    }

    static SealedEntry of(CensusEntry entry, PersonalData personalData) {
        String id = entry.person().idNumber().value();
        String address = entry.address();
        UUID residentId = UUID.randomUUID();
        List<SealedMembership> memberships = entry.groups().stream().map(group -> {
            UUID membership = UUID.randomUUID();
            return new SealedMembership(membership, group,
                    personalData.seal(group.name(), PersonalData.SPECIAL_GROUP.row(membership)),
                    personalData.groupHash(entry.gridCode(), group.name()));
        }).toList();
        return new SealedEntry(entry, residentId, idKey(id), personalData.seal(entry.person().name()),
                personalData.nameHash(entry.person().name()), personalData.seal(id), personalData.idNumberHash(id),
                personalData.seal(entry.person().phone()), personalData.phoneHash(entry.person().phone()),
                personalData.seal(entry.birthDate().toString(), PersonalData.BIRTH_DATE.row(residentId)),
                personalData.seal(entry.registeredPlace()), address == null ? null : personalData.seal(address),
                address == null ? null : personalData.addressHash(entry.gridCode(), address),
                entry.householdNumber() == null ? null : personalData.householdKey(entry.gridCode(), entry.householdNumber()),
                memberships);
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
