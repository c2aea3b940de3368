package org.gridgov.registry.unit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gridgov.registry.geometry.Boundaries;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The {@code unit} table. */
@Repository
public class UnitRepository {

    private static final String COLUMNS = """
            code, parent_code, name, level, kind, households, enterprises, routing_mode, boundary, retired,
            version, updated_at""";
    private static final RowMapper<Unit> UNIT = UnitRepository::unit;

    private final JdbcTemplate jdbc;

    UnitRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The unit, retired or not. */
    public Optional<Unit> find(String code) {
        return jdbc.query("select " + COLUMNS + " from unit where code = ?", UNIT, code).stream().findFirst();
    }

    /** The unit, locked for the rest of the transaction so changes to it and its staff queue up. */
    public Optional<Unit> lock(String code) {
        return jdbc.query("select " + COLUMNS + " from unit where code = ? for update", UNIT, code).stream().findFirst();
    }

    /** The units of these codes that exist, retired or not, in code order. */
    public List<Unit> findAll(Collection<String> codes) {
        return jdbc.query("select " + COLUMNS + " from unit where code = any(?) order by length(code), code", UNIT,
                (Object) codes.toArray(String[]::new));
    }

    /** The active children of a unit, in code order. */
    public List<Unit> children(String code) {
        return jdbc.query("select " + COLUMNS + " from unit where parent_code = ? and not retired order by code",
                UNIT, code);
    }

    /** The active children of these units. */
    public List<Unit> childrenOfAll(Collection<String> codes) {
        return jdbc.query("select " + COLUMNS + " from unit where parent_code = any(?) and not retired order by code",
                UNIT, (Object) codes.toArray(String[]::new));
    }

    /** The unit and its active descendants down to {@code maxCodeLength}, parents before children. */
    public List<Unit> subtree(String code, int maxCodeLength) {
        return jdbc.query("select " + COLUMNS + " from unit"
                + " where code like ? and length(code) <= ? and not retired order by length(code), code", UNIT, code + "%", maxCodeLength);
    }

    /** Every active unit that has a boundary. */
    public List<Unit> allWithBoundary() {
        return jdbc.query("select " + COLUMNS + " from unit where boundary is not null and not retired", UNIT);
    }

    /** The modes these units set themselves; units that inherit are absent. */
    public Map<String, RoutingMode> ownRoutingModes(Collection<String> codes) {
        Map<String, RoutingMode> modes = new HashMap<>();
        jdbc.query("select code, routing_mode from unit where code = any(?) and routing_mode is not null",
                (ResultSet rs) -> {
                    modes.put(rs.getString("code"), RoutingMode.valueOf(rs.getString("routing_mode")));
                }, (Object) codes.toArray(String[]::new));
        return modes;
    }

    /** The codes of the active units below this one, at any depth. */
    public List<String> activeDescendantCodes(String code) {
        return jdbc.queryForList("select code from unit where code like ? and code <> ? and not retired order by length(code), code",
                String.class, code + "%", code);
    }

    public int countActiveChildren(String code) {
        return jdbc.queryForObject("select count(*) from unit where parent_code = ? and not retired", Integer.class, code);
    }

    /** A figure that changes whenever any unit changes: versions only grow. */
    public long fingerprint() {
        return jdbc.queryForObject("select count(*) * 1000003 + coalesce(sum(version), 0) from unit", Long.class);
    }

    void insertAll(List<UnitDraft> drafts, Instant now) {
        jdbc.batchUpdate("""
                insert into unit (code, parent_code, name, level, kind, households, enterprises, routing_mode,
                                  boundary, retired, version, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, false, 1, ?)
                """, drafts, 500, (statement, draft) -> {
            statement.setString(1, draft.code());
            statement.setString(2, draft.parentCode());
            statement.setString(3, draft.name());
            statement.setString(4, draft.level().name());
            statement.setString(5, draft.kind().name());
            statement.setInt(6, draft.households());
            statement.setInt(7, draft.enterprises());
            statement.setString(8, draft.routingMode() == null ? null : draft.routingMode().name());
            statement.setBytes(9, Boundaries.toWkb(draft.boundary()));
            statement.setTimestamp(10, Timestamp.from(now));
        });
    }

    /** Overwrites units with drafts (restoring retired ones) and moves each to its next version. */
    void updateAll(List<UnitDraft> drafts, Instant now) {
        jdbc.batchUpdate("""
                update unit set name = ?, kind = ?, households = ?, enterprises = ?, routing_mode = ?, boundary = ?,
                                retired = false, version = version + 1, updated_at = ?
                where code = ?
                """, drafts, 500, (statement, draft) -> {
            statement.setString(1, draft.name());
            statement.setString(2, draft.kind().name());
            statement.setInt(3, draft.households());
            statement.setInt(4, draft.enterprises());
            statement.setString(5, draft.routingMode() == null ? null : draft.routingMode().name());
            statement.setBytes(6, Boundaries.toWkb(draft.boundary()));
            statement.setTimestamp(7, Timestamp.from(now));
            statement.setString(8, draft.code());
        });
    }

    void retire(String code, Instant now) {
        jdbc.update("update unit set retired = true, version = version + 1, updated_at = ? where code = ?",
                Timestamp.from(now), code);
    }

    /** Moves units to their next version for a change that is not in their own row (staff, inherited mode). */
    public void touchAll(Collection<String> codes, Instant now) {
        jdbc.update("update unit set version = version + 1, updated_at = ? where code = any(?)",
                Timestamp.from(now), codes.toArray(String[]::new));
    }

    private static Unit unit(ResultSet rs, int row) throws SQLException {
        String routingMode = rs.getString("routing_mode");
        return new Unit(rs.getString("code"), rs.getString("parent_code"), rs.getString("name"),
                UnitLevel.valueOf(rs.getString("level")), UnitKind.valueOf(rs.getString("kind")),
                rs.getInt("households"), rs.getInt("enterprises"),
                routingMode == null ? null : RoutingMode.valueOf(routingMode),
                Boundaries.fromWkb(rs.getBytes("boundary")), rs.getBoolean("retired"), rs.getLong("version"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
