package org.gridgov.disputes.levels;

/** A level of mediation and, at the county, the specialist room that takes the dispute. */
public record Placement(Level level, Room room) {

    public Placement {
        if (room != null && level != Level.COUNTY) {
            throw new IllegalArgumentException("only the county has specialist rooms, not " + level);
        }
    }
}
