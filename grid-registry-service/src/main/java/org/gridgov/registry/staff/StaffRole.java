package org.gridgov.registry.staff;

import java.util.EnumSet;
import java.util.Set;

import org.gridgov.registry.unit.UnitLevel;

/** The roles staff hold in a unit, and the levels where each role exists. */
public enum StaffRole {
    /** One per grid (一格一员); a micro-grid may have its own. */
    GRID_WORKER(EnumSet.of(UnitLevel.GRID, UnitLevel.MICRO_GRID)),
    GRID_LEADER(EnumSet.of(UnitLevel.VILLAGE, UnitLevel.GRID, UnitLevel.MICRO_GRID)),
    /**
     * The duty desk of a level's command centre (综治中心), which takes the cases and disputes that
     * climb to its level: a town or the county has no grid leader to hear of them. A village may run
     * one too, beside its grid leader.
     */
    COMMAND_CENTRE(EnumSet.of(UnitLevel.COUNTY, UnitLevel.TOWN, UnitLevel.VILLAGE)),
    SUPERVISOR(EnumSet.allOf(UnitLevel.class)),
    MEDIATOR(EnumSet.allOf(UnitLevel.class)),
    URBAN_MANAGEMENT_OFFICER(EnumSet.allOf(UnitLevel.class)),
    SAFETY_INSPECTOR(EnumSet.allOf(UnitLevel.class)),
    PATROL_MEMBER(EnumSet.allOf(UnitLevel.class)),
    VOLUNTEER(EnumSet.allOf(UnitLevel.class)),
    /** A cadre answers for one or two grids (分包, seed 004), not for a village or a town. */
    ANSWERABLE_CADRE(EnumSet.of(UnitLevel.GRID)),
    /** A party-member household linked to about ten households of its grid (seed 003). */
    CENTRAL_HOUSEHOLD(EnumSet.of(UnitLevel.GRID, UnitLevel.MICRO_GRID));

    private final Set<UnitLevel> levels;

    StaffRole(Set<UnitLevel> levels) {
        this.levels = levels;
    }

    public boolean existsAt(UnitLevel level) {
        return levels.contains(level);
    }

    public Set<UnitLevel> levels() {
        return levels;
    }
}
