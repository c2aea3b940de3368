package org.gridgov.cases.routing;

import org.gridgov.cases.lifecycle.CaseRuleException;

/** The case is held at the top of the territory: there is no one above to escalate to. */
public class NoLevelAboveException extends CaseRuleException {

    private final Level level;

    public NoLevelAboveException(Level level) {
        super("no-level-above", "A case held at " + level + " has no level above it to escalate to.");
        this.level = level;
    }

    public Level level() {
        return level;
    }
}
