package org.gridgov.disputes.levels;

/**
 * The specialist rooms of the county's conflict-mediation centre (Nanhe joins medical, traffic
 * accident and property management rooms, seed 002; labour is Jiashan's "one door" practice, seed 003).
 */
public enum Room {
    MEDICAL, TRAFFIC_ACCIDENT, PROPERTY_MANAGEMENT, LABOUR
}
