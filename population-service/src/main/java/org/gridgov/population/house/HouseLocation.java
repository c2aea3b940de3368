package org.gridgov.population.house;

import java.util.UUID;

import org.gridgov.runtime.web.RuleViolation;
import org.gridgov.runtime.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Where a house stands: people, households and entities are placed only in houses of their own grid. */
@Component
public class HouseLocation {

    private final JdbcClient jdbc;

    HouseLocation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The house id, when it names a house of that grid; null stays null. */
    public UUID requireInGrid(UUID houseId, String gridCode) {
        if (houseId == null) {
            return null;
        }
        String houseGrid = jdbc.sql("select grid_code from house where id = ?").param(houseId).query(String.class)
                .optional().orElseThrow(() -> new NotFoundException("house", houseId));
        if (!houseGrid.equals(gridCode)) {
            throw new RuleViolation("house-in-another-grid", "the house is in another grid").with("houseId", houseId);
        }
        return houseId;
    }
}
