package org.gridgov.cases.catalogue;

import java.util.List;
import java.util.Map;

import org.gridgov.cases.routing.Level;

/**
 * One kind of problem residents report.
 *
 * @param code       stable code used in events, e.g. {@code OLD_COMPOUND_ROOF_LEAK}
 * @param names      display names by language tag ({@code zh-CN}, {@code en})
 * @param homeLevel  the level that normally holds a case of this category
 * @param department the department a case of this category is usually dispatched to
 */
public record Category(String code, Map<String, String> names, CategoryGroup group, Level homeLevel,
                       String department, TimeLimits timeLimits, List<SeverityRule> severityRules) {

    public Category {
        names = Map.copyOf(names);
        severityRules = List.copyOf(severityRules);
    }

    /** How serious a report is and the lowest level it must be filed at, by the category's rules. */
    public Assessment assess(int peopleInvolved, boolean riskFlag) {
        Severity severity = Severity.NORMAL;
        Level level = homeLevel;
        for (SeverityRule rule : severityRules) {
            if (rule.matches(peopleInvolved, riskFlag)) {
                severity = Severity.max(severity, rule.severity());
                level = Level.max(level, rule.level());
            }
        }
        return new Assessment(severity, level);
    }

    /** The severity of a report and the level its severity asks for. */
    public record Assessment(Severity severity, Level level) {
    }
}
