package org.gridgov.registry.population;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The {@code grid_count} table: population's latest count per grid. */
@Repository
public class GridCountRepository {

    private static final String COLUMNS = "grid_code, households, residents, enterprises, version, counted_at";
    private static final RowMapper<GridCount> COUNT = GridCountRepository::count;

    private final JdbcTemplate jdbc;

    GridCountRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<GridCount> lock(String gridCode) {
        return jdbc.query("select " + COLUMNS + " from grid_count where grid_code = ? for update", COUNT, gridCode)
                .stream().findFirst();
    }

    /** The counts of these grids, by grid code; grids never counted are absent. */
    public Map<String, GridCount> findAll(Collection<String> gridCodes) {
        return byCode(jdbc.query("select " + COLUMNS + " from grid_count where grid_code = any(?)", COUNT,
                (Object) gridCodes.toArray(String[]::new)));
    }

    /** The counts of the grids at or below a unit, by grid code. */
    public Map<String, GridCount> findUnder(String code) {
        return byCode(jdbc.query("select " + COLUMNS + " from grid_count where grid_code like ?", COUNT, code + "%"));
    }

    /**
     * Stores the count unless a count of the same or a higher version is already stored, so two
     * deliveries racing each other still leave the highest version.
     */
    void save(GridCount count) {
        jdbc.update("""
                insert into grid_count (grid_code, households, residents, enterprises, version, counted_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (grid_code) do update
                set households = excluded.households, residents = excluded.residents,
                    enterprises = excluded.enterprises, version = excluded.version, counted_at = excluded.counted_at
                where grid_count.version < excluded.version
                """, count.gridCode(), count.households(), count.residents(), count.enterprises(), count.version(),
                Timestamp.from(count.countedAt()));
    }

    private static Map<String, GridCount> byCode(Iterable<GridCount> counts) {
        Map<String, GridCount> byCode = new HashMap<>();
        counts.forEach(count -> byCode.put(count.gridCode(), count));
        return byCode;
    }

    private static GridCount count(ResultSet rs, int row) throws SQLException {
        return new GridCount(rs.getString("grid_code"), rs.getInt("households"), rs.getInt("residents"),
                rs.getInt("enterprises"), rs.getLong("version"), rs.getTimestamp("counted_at").toInstant());
    }
}
