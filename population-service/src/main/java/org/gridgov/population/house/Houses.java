package org.gridgov.population.house;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gridgov.population.protection.AccessLog;
import org.gridgov.population.protection.Disclosure;
import org.gridgov.population.protection.Purpose;
import org.gridgov.population.protection.PersonalData;
import org.gridgov.population.territory.Grids;
import org.gridgov.population.territory.Jurisdiction;
import org.gridgov.runtime.web.RuleViolation;
import org.gridgov.runtime.privacy.Masking;
import org.gridgov.runtime.security.Caller;
import org.gridgov.runtime.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Houses and buildings: address (encrypted), grid, use, owner, floors and rooms. */
@Service
class Houses {

    static final String KIND = "house";

    private final JdbcClient jdbc;
    private final PersonalData personalData;
    private final AccessLog accessLog;
    private final Grids grids;
    private final Clock clock;

    Houses(JdbcClient jdbc, PersonalData personalData, AccessLog accessLog, Grids grids, Clock clock) {
        this.jdbc = jdbc;
        this.personalData = personalData;
        this.accessLog = accessLog;
        this.grids = grids;
        this.clock = clock;
    }

    @Transactional
    HouseView create(NewHouse request) {
        Caller caller = Caller.current();
        grids.require(request.gridCode());
        Jurisdiction.requireMayEnter(caller, request.gridCode());
        String addressHash = personalData.addressHash(request.gridCode(), request.address());
        rejectDuplicate(addressHash, null);
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into house (id, grid_code, kind, address, address_hash, floors, rooms, owner_resident_id,
                                           owner_entity_id, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(id, request.gridCode(), request.kind().name(), personalData.seal(request.address().strip()),
                        addressHash, request.floors(), request.rooms(), request.ownerResidentId(), request.ownerEntityId(),
                        now, now)
                .update();
        return masked(find(id).orElseThrow());
    }

    @Transactional
    HouseView get(UUID id, Purpose purpose) {
        Caller caller = Caller.current();
        StoredHouse house = find(id).orElseThrow(() -> new NotFoundException(KIND, id));
        Jurisdiction.requireVisible(caller, house.gridCode(), KIND, id);
        Disclosure disclosure = Disclosure.decide(caller.roles(), purpose);
        accessLog.recordIfFull(caller, disclosure, AccessLog.Subject.HOUSE, id, house.gridCode());
        return disclosure.full() ? house.view(personalData.open(house.address()), false) : masked(house);
    }

    @Transactional
    HouseView update(UUID id, NewHouse change) {
        Caller caller = Caller.current();
        StoredHouse house = find(id).orElseThrow(() -> new NotFoundException(KIND, id));
        Jurisdiction.requireChangeable(caller, house.gridCode(), KIND, id);
        if (!house.gridCode().equals(change.gridCode())) {
            grids.require(change.gridCode());
            Jurisdiction.requireMayEnter(caller, change.gridCode());
        }
        String addressHash = personalData.addressHash(change.gridCode(), change.address());
        rejectDuplicate(addressHash, id);
        jdbc.sql("""
                        update house set grid_code = ?, kind = ?, address = ?, address_hash = ?, floors = ?, rooms = ?,
                                         owner_resident_id = ?, owner_entity_id = ?, updated_at = ?
                         where id = ?
                        """)
                .params(change.gridCode(), change.kind().name(), personalData.seal(change.address().strip()), addressHash,
                        change.floors(), change.rooms(), change.ownerResidentId(), change.ownerEntityId(),
                        Timestamp.from(clock.instant()), id)
                .update();
        return masked(find(id).orElseThrow());
    }

    @Transactional
    void delete(UUID id) {
        Caller caller = Caller.current();
        StoredHouse house = find(id).orElseThrow(() -> new NotFoundException(KIND, id));
        Jurisdiction.requireChangeable(caller, house.gridCode(), KIND, id);
        int references = jdbc.sql("""
                        select (select count(*) from household where house_id = ?)
                             + (select count(*) from resident where house_id = ?)
                             + (select count(*) from legal_entity where house_id = ?)
                        """)
                .params(id, id, id).query(Integer.class).single();
        if (references > 0) {
            throw new RuleViolation("house-in-use", "households, people or entities still refer to the house")
                    .with("houseId", id);
        }
        jdbc.sql("delete from house where id = ?").param(id).update();
    }

    @Transactional(readOnly = true)
    List<HouseView> list(String unit, HouseKind kind, int limit, int offset) {
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select * from house where "
                + Jurisdiction.sqlFilter(Caller.current(), unit, "grid_code", params));
        if (kind != null) {
            sql.append(" and kind = ?");
            params.add(kind.name());
        }
        sql.append(" order by grid_code, created_at, id limit ? offset ?");
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql.toString()).params(params).query(Houses::map).list().stream()
                .map(this::masked).toList();
    }

    private void rejectDuplicate(String addressHash, UUID self) {
        jdbc.sql("select id from house where address_hash = ?").param(addressHash).query(UUID.class).optional()
                .filter(existing -> !existing.equals(self))
                .ifPresent(existing -> {
                    throw new RuleViolation("house-exists", "a house with this address is already in the grid")
                            .with("houseId", existing);
                });
    }

    private Optional<StoredHouse> find(UUID id) {
        return jdbc.sql("select * from house where id = ?").param(id).query(Houses::map).optional();
    }

    private HouseView masked(StoredHouse house) {
        return house.view(Masking.address(personalData.open(house.address())), true);
    }

    private static StoredHouse map(ResultSet rs, int row) throws SQLException {
        return new StoredHouse(rs.getObject("id", UUID.class), rs.getString("grid_code"),
                HouseKind.valueOf(rs.getString("kind")), rs.getString("address"), (Integer) rs.getObject("floors"),
                (Integer) rs.getObject("rooms"), rs.getObject("owner_resident_id", UUID.class),
                rs.getObject("owner_entity_id", UUID.class), rs.getTimestamp("updated_at").toInstant());
    }

    private record StoredHouse(UUID id, String gridCode, HouseKind kind, String address, Integer floors, Integer rooms,
                               UUID ownerResidentId, UUID ownerEntityId, Instant updatedAt) {

        HouseView view(String shownAddress, boolean masked) {
            return new HouseView(id, gridCode, kind, shownAddress, floors, rooms, ownerResidentId, ownerEntityId, masked);
        }
    }
}
