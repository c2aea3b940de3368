package org.gridgov.population.resident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code resident} rows, sealed values in and out: this class never sees plaintext. */
@Repository
class ResidentRepository {

    static final String COLUMNS = """
            id, grid_code, name, id_number, phone, sex, birth_date, ethnicity, registered_place, residence_status,
            house_id, household_id, arrived_from_division, arrived_on, residence_permit,
            expected_stay_until, left_at, left_reason, left_to_division, created_at, updated_at""";

    static final RowMapper<StoredResident> ROWS = ResidentRepository::map;

    private final JdbcClient jdbc;

    ResidentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(StoredResident r, String nameHash, String idNumberHash, String phoneHash) {
        jdbc.sql("insert into resident (" + COLUMNS + ", name_hash, id_number_hash, phone_hash)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.id(), r.gridCode(), r.name(), r.idNumber(), r.phone(), r.sex(), r.birthDate(), r.ethnicity(),
                        r.registeredPlace(), r.status().name(), r.houseId(), r.householdId(),
                        r.arrivedFromDivision(), r.arrivedOn(), r.residencePermit(), r.expectedStayUntil(),
                        timestamp(r.leftAt()), r.leftReason(), r.leftToDivision(), timestamp(r.createdAt()),
                        timestamp(r.updatedAt()), nameHash, idNumberHash, phoneHash)
                .update();
    }

    Optional<StoredResident> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from resident where id = ?").param(id).query(ROWS).optional();
    }

    Optional<StoredResident> findForUpdate(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from resident where id = ? for update").param(id).query(ROWS).optional();
    }

    Optional<UUID> idOfIdNumberHash(String idNumberHash) {
        return jdbc.sql("select id from resident where id_number_hash = ?").param(idNumberHash).query(UUID.class).optional();
    }

    /** Rows matching every given criterion, inside the SQL territory condition, newest first. */
    List<StoredResident> search(String territoryCondition, List<Object> territoryParams, SearchCriteria criteria,
                                String nameHash, String idNumberHash, String phoneHash, String[] groupHashes, int limit,
                                int offset) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from resident r where " + territoryCondition);
        List<Object> params = new ArrayList<>(territoryParams);
        if (!criteria.includeLeft()) {
            sql.append(" and left_at is null");
        }
        if (criteria.status() != null) {
            sql.append(" and residence_status = ?");
            params.add(criteria.status().name());
        }
        if (nameHash != null) {
            sql.append(" and name_hash = ?");
            params.add(nameHash);
        }
        if (idNumberHash != null) {
            sql.append(" and id_number_hash = ?");
            params.add(idNumberHash);
        }
        if (phoneHash != null) {
            sql.append(" and phone_hash = ?");
            params.add(phoneHash);
        }
        if (groupHashes != null) {
            sql.append(" and exists (select 1 from special_group_membership m where m.resident_id = r.id"
                    + " and m.left_at is null and m.group_hash = any(?))");
            params.add(groupHashes);
        }
        sql.append(" order by grid_code, created_at, id limit ? offset ?");
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql.toString()).params(params).query(ROWS).list();
    }

    void updatePersonalData(UUID id, String name, String nameHash, String phone, String phoneHash, String ethnicity,
                            String registeredPlace, String residencePermit, Instant now) {
        jdbc.sql("""
                        update resident set name = ?, name_hash = ?, phone = ?, phone_hash = ?, ethnicity = ?,
                               registered_place = ?, residence_permit = ?, updated_at = ?
                         where id = ?
                        """)
                .params(name, nameHash, phone, phoneHash, ethnicity, registeredPlace, residencePermit, timestamp(now), id)
                .update();
    }

    void updateIdNumber(UUID id, String idNumber, String idNumberHash, String sex, String birthDate, Instant now) {
        jdbc.sql("update resident set id_number = ?, id_number_hash = ?, sex = ?, birth_date = ?, updated_at = ? where id = ?")
                .params(idNumber, idNumberHash, sex, birthDate, timestamp(now), id)
                .update();
    }

    void updatePlace(UUID id, String gridCode, UUID houseId, ResidenceStatus status, Instant now) {
        jdbc.sql("update resident set grid_code = ?, house_id = ?, residence_status = ?, updated_at = ? where id = ?")
                .params(gridCode, houseId, status.name(), timestamp(now), id)
                .update();
    }

    void markLeft(UUID id, ResidenceStatus status, Instant leftAt, String reason, String toDivision) {
        jdbc.sql("""
                        update resident set residence_status = ?, left_at = ?, left_reason = ?, left_to_division = ?,
                               updated_at = ?
                         where id = ?
                        """)
                .params(status.name(), timestamp(leftAt), reason, toDivision, timestamp(leftAt), id)
                .update();
    }

    void markReturned(UUID id, String gridCode, ResidenceStatus status, Instant now) {
        jdbc.sql("""
                        update resident set grid_code = ?, residence_status = ?, left_at = null, left_reason = null,
                               left_to_division = null, updated_at = ?
                         where id = ?
                        """)
                .params(gridCode, status.name(), timestamp(now), id)
                .update();
    }

    static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static StoredResident map(ResultSet rs, int row) throws SQLException {
        return new StoredResident(rs.getObject("id", UUID.class), rs.getString("grid_code"), rs.getString("name"),
                rs.getString("id_number"), rs.getString("phone"), rs.getString("sex"),
                rs.getString("birth_date"), rs.getString("ethnicity"), rs.getString("registered_place"),
                ResidenceStatus.valueOf(rs.getString("residence_status")), rs.getObject("house_id", UUID.class),
                rs.getObject("household_id", UUID.class),
                rs.getString("arrived_from_division"), rs.getObject("arrived_on", LocalDate.class),
                rs.getString("residence_permit"), rs.getObject("expected_stay_until", LocalDate.class),
                instant(rs.getTimestamp("left_at")), rs.getString("left_reason"), rs.getString("left_to_division"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("updated_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
