/**
 * Reserved for {@code dispute.events} (a mediation session scheduled, a dispute escalated or
 * referred). Its payload records are being added to {@code platform/event-contracts}; when they are,
 * a listener here turns them into facts for the same routing rules (keyed by CloudEvents type in
 * {@code gridgov.notifications.routing.rules}) and the same delivery table, e.g. the mediator of the
 * session on INBOX and SMS. Nothing here reads the topic yet, and no dispute record is invented.
 */
package org.gridgov.notifications.disputes;
