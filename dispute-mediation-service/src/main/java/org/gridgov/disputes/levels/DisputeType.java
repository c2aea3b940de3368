package org.gridgov.disputes.levels;

/** What a dispute is about; the rule table places it by type first. */
public enum DisputeType {
    NEIGHBOURS, FAMILY_AND_MARRIAGE, LAND, PROPERTY_MANAGEMENT, MEDICAL, TRAFFIC_ACCIDENT, LABOUR, CONSUMER,
    PETITION_INVOLVING_COURTS
}
