package org.gridgov.disputes.levels;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The level rule table and the county's rooms, from {@code gridgov.disputes.levels} in application.yaml.
 *
 * @param rules the rows of the table; a dispute opens at the highest level of the rows it matches
 * @param rooms the county room that takes each type of dispute once it reaches the county
 */
@ConfigurationProperties("gridgov.disputes.levels")
record LevelProperties(List<LevelRule> rules, List<RoomAssignment> rooms) {

    LevelProperties {
        rules = rules == null ? List.of() : List.copyOf(rules);
        rooms = rooms == null ? List.of() : List.copyOf(rooms);
    }

    record RoomAssignment(DisputeType type, Room room) {
    }

    Map<DisputeType, Room> roomsByType() {
        return rooms.stream().collect(Collectors.toMap(RoomAssignment::type, RoomAssignment::room));
    }
}
