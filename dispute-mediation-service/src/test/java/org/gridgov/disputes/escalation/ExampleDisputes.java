package org.gridgov.disputes.escalation;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.gridgov.disputes.levels.ConfiguredLevels;
import org.gridgov.disputes.levels.Deadlines;
import org.gridgov.disputes.levels.DisputeType;
import org.gridgov.disputes.levels.Level;
import org.gridgov.disputes.levels.LevelRuleTable;
import org.gridgov.disputes.levels.Risk;
import org.gridgov.disputes.levels.RiskLevel;
import org.gridgov.disputes.lifecycle.Dispute;
import org.gridgov.disputes.lifecycle.DisputeState;
import org.gridgov.disputes.lifecycle.Source;

/** Open disputes of a Nanhe grid, held where a test needs them, with the time limits application.yaml sets. */
final class ExampleDisputes {

    static final Instant ARRIVED = Instant.parse("2026-11-02T01:00:00Z");
    static final LevelRuleTable LEVELS = ConfiguredLevels.table();
    static final Deadlines DEADLINES = ConfiguredLevels.deadlines();

    private static final String GRID = "130527100201001";
    private static final String VILLAGE = "130527100201";
    private static final String TOWN = "130527100";
    private static final String COUNTY = "130527";

    private ExampleDisputes() {
    }

    /** Mediated at {@code level} since {@link #ARRIVED}, the level's time limit counting from then. */
    static Dispute held(DisputeType type, Level level, RiskLevel riskLevel, Set<Risk> risks, int people) {
        String unit = switch (level) {
            case GRID -> GRID;
            case VILLAGE -> VILLAGE;
            case TOWN -> TOWN;
            case COUNTY -> COUNTY;
        };
        return new Dispute(UUID.randomUUID(), type, GRID, unit, level, LEVELS.at(level, type).room(), riskLevel, risks,
                people, null, Source.GRID_CHECK, null, null, DisputeState.OPEN, ARRIVED, ARRIVED,
                DEADLINES.dueAt(level, ARRIVED), 0, null);
    }
}
