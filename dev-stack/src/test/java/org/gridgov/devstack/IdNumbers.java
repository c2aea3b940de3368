package org.gridgov.devstack;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/** Made-up citizen ID numbers of Nanhe county with a valid check digit (GB 11643), for the journeys. */
final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdNumbers() {
    }

    /** A number for someone born on {@code birthDate}; odd sequence digit for a man, even for a woman. */
    static String of(LocalDate birthDate, boolean male) {
        int sequence = ThreadLocalRandom.current().nextInt(0, 50) * 2 + (male ? 1 : 0);
        String body = "130527" + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK.charAt(sum % 11);
    }
}
