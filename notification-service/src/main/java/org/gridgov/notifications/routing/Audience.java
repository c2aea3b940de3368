package org.gridgov.notifications.routing;

/** Whom a routing rule addresses. */
public enum Audience {
    /** The grid worker the case was assigned to. */
    ASSIGNEE,
    /** Staff of a role in the unit of the event, its ancestors, or both (see {@link UnitScope}). */
    STAFF,
    /** Users who follow the unit's subtree (and the case's category, when they named one). */
    SUBSCRIBERS,
    /**
     * The mediators of a dispute's session: those a scheduled session names, and for the dispute's
     * later events those of its last scheduled session.
     */
    MEDIATORS,
    /** The department the case was dispatched to, through its registered webhooks. */
    DEPARTMENT,
    /**
     * The resident who reported the case, by SMS or e-mail to the contact they left with it: asked
     * of case-workflow when the message is sent, never stored here.
     */
    REPORTER
}
