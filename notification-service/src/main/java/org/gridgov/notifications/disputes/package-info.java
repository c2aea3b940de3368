/**
 * Notifications of {@code dispute.events}: mediators invited to a scheduled session, the holding
 * unit's leader and mediators told when a dispute arrives or climbs to them, and the unit told of
 * outcomes, settlements, referrals and follow-ups. The facts feed the same routing rules (keyed by
 * CloudEvents type) and the same delivery table as cases. Parties are never notified here: they are
 * residents and entities referenced by id, without accounts or contact points in this service.
 */
package org.gridgov.notifications.disputes;
