package org.gridgov.runtime.security;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PrintableCharactersTest {

    // The firewall's own expressions (StrictHttpFirewall), which the loop replaces.
    private static final Pattern NAMES = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern VALUES = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    private static final List<String> SAMPLES = List.of("", "Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln",
            "text/html; q=0.9", "a\tb", "a\nb", "a\rb", "\u0000", "\u007f", "\u0085", "\u009f", "南和区", "caf\u00e9",
            "emoji \ud83d\ude00", "unassigned \u0378", "lone surrogate \ud800", "private \ue000", "\u00a0nbsp",
            "x\u2028y", "zero\u200bwidth", "\ufffe", "\uffff");

    @Test
    void namesAreAcceptedExactlyAsTheFirewallsExpressionAcceptsThem() {
        for (String sample : SAMPLES) {
            assertThat(PrintableCharacters.name(sample)).as(sample).isEqualTo(NAMES.matcher(sample).matches());
        }
    }

    @Test
    void valuesAreAcceptedExactlyAsTheFirewallsExpressionAcceptsThem() {
        for (String sample : SAMPLES) {
            assertThat(PrintableCharacters.value(sample)).as(sample).isEqualTo(VALUES.matcher(sample).matches());
        }
    }

    @Test
    void everyCodePointIsJudgedAsTheFirewallJudgesIt() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String text = new String(Character.toChars(c));

            assertThat(PrintableCharacters.value(text)).as("U+%04X", c).isEqualTo(VALUES.matcher(text).matches());
            assertThat(PrintableCharacters.name(text)).as("U+%04X", c).isEqualTo(NAMES.matcher(text).matches());
        }
    }
}
