package org.gridgov.population.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.gridgov.runtime.security.Role;
import org.junit.jupiter.api.Test;

class DisclosureTest {

    @Test
    void gridWorkerSeesTheirLedgerInFull() {
        Disclosure disclosure = Disclosure.decide(Set.of(Role.GRID_WORKER), null);

        assertThat(disclosure.full()).isTrue();
        assertThat(disclosure.purpose()).isEqualTo("grid ledger");
    }

    @Test
    void otherRolesSeeMasksUnlessTheyStateAPurpose() {
        assertThat(Disclosure.decide(Set.of(Role.GRID_LEADER), null).full()).isFalse();
        assertThat(Disclosure.decide(Set.of(Role.INSPECTOR), "  ").full()).isFalse();
        assertThat(Disclosure.decide(Set.of(Role.COMMAND_CENTRE), "核查").full()).isFalse();
        assertThat(Disclosure.decide(Set.of(Role.COMMAND_CENTRE), "低保资格复核")).isEqualTo(new Disclosure(true, "低保资格复核"));
    }

    @Test
    void gridWorkerStatingAPurposeIsLoggedWithIt() {
        assertThat(Disclosure.decide(Set.of(Role.GRID_WORKER), "入户走访准备").purpose()).isEqualTo("入户走访准备");
    }
}
