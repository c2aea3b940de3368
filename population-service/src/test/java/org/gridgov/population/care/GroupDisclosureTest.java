package org.gridgov.population.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.gridgov.runtime.security.Role;
import org.junit.jupiter.api.Test;

class GroupDisclosureTest {

    @Test
    void gridWorkersAndGridLeadersSeeTheGroupsTheyCareFor() {
        assertThat(GroupDisclosure.shows(Set.of(Role.GRID_WORKER))).isTrue();
        assertThat(GroupDisclosure.shows(Set.of(Role.GRID_LEADER, Role.INSPECTOR))).isTrue();
    }

    @Test
    void everyOtherRoleSeesTheGroupMasked() {
        Set<Role> others = EnumSet.complementOf(EnumSet.of(Role.GRID_WORKER, Role.GRID_LEADER));

        assertThat(others).allSatisfy(role -> assertThat(GroupDisclosure.shows(Set.of(role))).as("%s", role).isFalse());
        assertThat(GroupDisclosure.shows(others)).isFalse();
    }
}
