package org.gridgov.notifications.routing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Staffing written out as a table, for rules tested without the registry. Ancestors follow the
 * codes: 6 digits county, 9 town, 12 village, then 3 more per grid level.
 *
 * @param staff unit code → role → account
 */
public record StaffTable(Map<String, Map<String, String>> staff) implements Staffing {

    @Override
    public Optional<String> staffOf(String unitCode, String role) {
        return Optional.ofNullable(staff.getOrDefault(unitCode, Map.of()).get(role));
    }

    @Override
    public List<String> ancestorsOf(String unitCode) {
        return List.of(15, 12, 9, 6).stream().filter(length -> length < unitCode.length())
                .map(length -> unitCode.substring(0, length)).toList();
    }
}
