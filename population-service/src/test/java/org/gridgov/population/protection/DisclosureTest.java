package org.gridgov.population.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.gridgov.runtime.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

class DisclosureTest {

    @Test
    void gridWorkerSeesTheirLedgerInFull() {
        Disclosure disclosure = Disclosure.decide(Set.of(Role.GRID_WORKER), null);

        assertThat(disclosure.full()).isTrue();
        assertThat(disclosure.purpose()).isEqualTo(Purpose.GRID_LEDGER);
        assertThat(disclosure.role()).isEqualTo(Role.GRID_WORKER);
    }

    @Test
    void otherRolesSeeMasksUnlessTheyStateAPurposeOfTheirWork() {
        assertThat(Disclosure.decide(Set.of(Role.GRID_LEADER), null).full()).isFalse();
        assertThat(Disclosure.decide(Set.of(Role.INSPECTOR), null).full()).isFalse();
        assertThat(Disclosure.decide(Set.of(Role.COMMAND_CENTRE), Purpose.EMERGENCY_RESPONSE))
                .isEqualTo(new Disclosure(true, Purpose.EMERGENCY_RESPONSE, Role.COMMAND_CENTRE));
        assertThat(Disclosure.decide(Set.of(Role.ADMIN), Purpose.CENSUS_VERIFICATION).full()).isTrue();
    }

    @Test
    void aPurposeOutsideTheCallersWorkIsRefusedNotMasked() {
        assertThatThrownBy(() -> Disclosure.decide(Set.of(Role.MEDIATOR), Purpose.CASE_HANDLING))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Disclosure.decide(Set.of(Role.INSPECTOR), Purpose.HOME_VISIT))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Disclosure.decide(Set.of(Role.ADMIN), Purpose.HOME_VISIT))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Disclosure.decide(Set.of(Role.SERVICE), Purpose.GRID_LEDGER))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void gridWorkerStatingAPurposeIsLoggedWithIt() {
        assertThat(Disclosure.decide(Set.of(Role.GRID_WORKER), Purpose.HOME_VISIT).purpose()).isEqualTo(Purpose.HOME_VISIT);
    }

    @Test
    void anExportIsOnlyForThePersonsOwnRequest() {
        assertThat(Disclosure.export(Set.of(Role.GRID_LEADER), Purpose.DATA_SUBJECT_REQUEST).full()).isTrue();
        assertThatThrownBy(() -> Disclosure.export(Set.of(Role.GRID_LEADER), Purpose.HOME_VISIT))
                .isInstanceOf(InvalidPurposeException.class);
        assertThatThrownBy(() -> Disclosure.export(Set.of(Role.GRID_LEADER), null))
                .isInstanceOf(InvalidPurposeException.class);
        assertThatThrownBy(() -> Disclosure.export(Set.of(Role.GRID_WORKER), Purpose.DATA_SUBJECT_REQUEST))
                .isInstanceOf(AccessDeniedException.class);
    }
}
