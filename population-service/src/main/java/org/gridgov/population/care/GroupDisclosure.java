package org.gridgov.population.care;

import java.util.Set;

import org.gridgov.runtime.security.Role;

/**
 * Who sees which special group a person is in. The group is sensitive personal information (PIPL
 * Art. 28: mental illness, drug rehabilitation, prison), and caring for the members is the work of
 * the grid's workers and leaders only: they visit, assign carers and change the care. Every other
 * role (command centres, inspectors, administrators, other services) sees that a membership exists,
 * its care and its carers, but not the group, and may not search by group (a list filtered by a group
 * tells it as well as the group itself). Every view that shows the group is written to the access log.
 */
final class GroupDisclosure {

    /** The purpose recorded in the access log with every view of a group. */
    static final String PURPOSE = "SPECIAL_GROUP_CARE";

    private static final Set<Role> CARE_ROLES = Set.of(Role.GRID_WORKER, Role.GRID_LEADER);

    private GroupDisclosure() {
    }

    /** Whether a caller with these roles sees the group of the memberships of their territory. */
    static boolean shows(Set<Role> roles) {
        return roles.stream().anyMatch(CARE_ROLES::contains);
    }
}
