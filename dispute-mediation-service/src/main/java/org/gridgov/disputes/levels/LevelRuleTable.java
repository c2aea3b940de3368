package org.gridgov.disputes.levels;

import java.util.List;
import java.util.Map;

/**
 * Where a dispute is mediated: the highest level any matching row of the table calls for (so a
 * land dispute, a village matter, involving thirty villagers goes to the town at once), the grid
 * when no row matches; at the county, the specialist room of its type.
 */
public final class LevelRuleTable {

    private final List<LevelRule> rules;
    private final Map<DisputeType, Room> rooms;

    public LevelRuleTable(List<LevelRule> rules, Map<DisputeType, Room> rooms) {
        this.rules = List.copyOf(rules);
        this.rooms = Map.copyOf(rooms);
    }

    /** The level and room a new dispute opens at. */
    public Placement place(DisputeFacts facts) {
        Level level = rules.stream()
                .filter(rule -> rule.matches(facts))
                .map(LevelRule::level)
                .reduce(Level.GRID, Level::higherOf);
        return at(level, facts.type());
    }

    /**
     * Where a dispute opened from a case goes: never below the level case-workflow filed the case at,
     * because the case's severity rules have already weighed people and risk the case event does not carry.
     */
    public Placement place(DisputeFacts facts, Level atLeast) {
        return at(Level.higherOf(place(facts).level(), atLeast), facts.type());
    }

    /** The level a dispute climbs to when mediation at {@code current} fails. */
    public Placement above(Level current, DisputeType type) {
        return at(current.above(), type);
    }

    /** A level for a dispute of this type, with the county's room for it when the level is the county. */
    public Placement at(Level level, DisputeType type) {
        return new Placement(level, level == Level.COUNTY ? rooms.get(type) : null);
    }
}
