package org.gridgov.population.household;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gridgov.events.Topics;
import org.gridgov.events.population.HouseholdChanged;
import org.gridgov.events.population.ResidentMoved;
import org.gridgov.population.care.Memberships;
import org.gridgov.population.counting.GridCounts;
import org.gridgov.population.house.HouseLocation;
import org.gridgov.population.protection.AccessLog;
import org.gridgov.population.protection.Disclosure;
import org.gridgov.population.protection.Purpose;
import org.gridgov.population.protection.PersonalData;
import org.gridgov.population.territory.Grids;
import org.gridgov.population.territory.Jurisdiction;
import org.gridgov.runtime.web.RuleViolation;
import org.gridgov.runtime.outbox.EventOutbox;
import org.gridgov.runtime.privacy.Masking;
import org.gridgov.runtime.security.Caller;
import org.gridgov.runtime.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Households: a person belongs to one household at a time ({@code household_member}, history kept);
 * every change publishes {@link HouseholdChanged} and recounts the grids it touches.
 */
@Service
public class Households {

    static final String KIND = "household";

    private final JdbcClient jdbc;
    private final HouseLocation houses;
    private final EventOutbox outbox;
    private final GridCounts counts;
    private final Grids grids;
    private final Memberships memberships;
    private final PersonalData personalData;
    private final AccessLog accessLog;
    private final Clock clock;

    Households(JdbcClient jdbc, HouseLocation houses, EventOutbox outbox, GridCounts counts, Grids grids, Memberships memberships,
               PersonalData personalData, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.houses = houses;
        this.outbox = outbox;
        this.counts = counts;
        this.grids = grids;
        this.memberships = memberships;
        this.personalData = personalData;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @Transactional
    HouseholdView form(HouseholdRequests.NewHousehold request) {
        Caller caller = Caller.current();
        Placed head = residentOf(request.headResidentId());
        Jurisdiction.requireChangeable(caller, head.gridCode(), "resident", request.headResidentId());
        requireOnLedger(head);
        UUID houseId = request.houseId() != null ? houses.requireInGrid(request.houseId(), head.gridCode()) : head.houseId();
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into household (id, grid_code, house_id, head_resident_id, formed_at, updated_at) values (?, ?, ?, ?, ?, ?)")
                .params(id, head.gridCode(), houseId, request.headResidentId(), Timestamp.from(now), Timestamp.from(now))
                .update();
        enrol(id, request.headResidentId(), Relation.HEAD, now);
        publish(id, head.gridCode(), null, houseId, "FORMED", request.headResidentId(), now);
        counts.recount(head.gridCode());
        return view(id, Disclosure.masked());
    }

    @Transactional
    HouseholdView addMember(UUID householdId, HouseholdRequests.NewMember request) {
        Caller caller = Caller.current();
        StoredHousehold household = lockLive(householdId);
        Jurisdiction.requireChangeable(caller, household.gridCode(), KIND, householdId);
        Placed member = residentOf(request.residentId());
        Jurisdiction.requireChangeable(caller, member.gridCode(), "resident", request.residentId());
        requireOnLedger(member);
        if (householdId.equals(member.householdId())) {
            throw new RuleViolation("already-member", "the person is already a member of this household");
        }
        if (request.relation() == Relation.HEAD) {
            throw new RuleViolation("head-by-change", "a new head is named by changing the head");
        }
        Instant now = clock.instant();
        List<String> touched = new ArrayList<>(List.of(household.gridCode()));
        leaveCurrent(request.residentId(), now).ifPresent(touched::add);
        join(householdId, household.gridCode(), request.residentId(), request.relation(), now);
        if (!member.gridCode().equals(household.gridCode())) {
            // Joining a household of another grid is moving there: the ledger follows the household.
            movePerson(request.residentId(), member, household.gridCode(), household.houseId(), householdId, now);
            touched.add(member.gridCode());
        }
        counts.recount(touched);
        return view(householdId, Disclosure.masked());
    }

    @Transactional
    HouseholdView removeMember(UUID householdId, UUID residentId) {
        Caller caller = Caller.current();
        StoredHousehold household = lockLive(householdId);
        Jurisdiction.requireChangeable(caller, household.gridCode(), KIND, householdId);
        Placed member = residentOf(residentId);
        if (!householdId.equals(member.householdId())) {
            throw new RuleViolation("not-a-member", "the person is not a member of this household");
        }
        Instant now = clock.instant();
        leaveCurrent(residentId, now);
        counts.recount(household.gridCode());
        return view(householdId, Disclosure.masked());
    }

    @Transactional
    HouseholdView changeHead(UUID householdId, HouseholdRequests.HeadChange request) {
        Caller caller = Caller.current();
        StoredHousehold household = lockLive(householdId);
        Jurisdiction.requireChangeable(caller, household.gridCode(), KIND, householdId);
        if (!householdId.equals(residentOf(request.residentId()).householdId())) {
            throw new RuleViolation("not-a-member", "the new head is not a member of this household");
        }
        if (household.headResidentId() != null) {
            jdbc.sql("update household_member set relation = 'OTHER' where household_id = ? and resident_id = ? and left_at is null")
                    .params(householdId, household.headResidentId()).update();
        }
        jdbc.sql("update household_member set relation = 'HEAD' where household_id = ? and resident_id = ? and left_at is null")
                .params(householdId, request.residentId()).update();
        Instant now = clock.instant();
        jdbc.sql("update household set head_resident_id = ?, updated_at = ? where id = ?")
                .params(request.residentId(), Timestamp.from(now), householdId).update();
        publish(householdId, household.gridCode(), null, household.houseId(), "HEAD_CHANGED", request.residentId(), now);
        return view(householdId, Disclosure.masked());
    }

    @Transactional
    HouseholdView move(UUID householdId, HouseholdRequests.HouseholdMove request) {
        Caller caller = Caller.current();
        StoredHousehold household = lockLive(householdId);
        Jurisdiction.requireChangeable(caller, household.gridCode(), KIND, householdId);
        grids.require(request.gridCode());
        Jurisdiction.requireMayEnter(caller, request.gridCode());
        UUID houseId = request.houseId() == null ? null : houses.requireInGrid(request.houseId(), request.gridCode());
        Instant now = clock.instant();
        jdbc.sql("update household set grid_code = ?, house_id = ?, updated_at = ? where id = ?")
                .params(request.gridCode(), houseId, Timestamp.from(now), householdId).update();
        for (UUID memberId : currentMembers(householdId)) {
            movePerson(memberId, residentOf(memberId), request.gridCode(), houseId, householdId, now);
        }
        publish(householdId, request.gridCode(), household.gridCode(), houseId, "MOVED", null, now);
        counts.recount(List.of(household.gridCode(), request.gridCode()));
        return view(householdId, Disclosure.masked());
    }

    @Transactional
    HouseholdView dissolve(UUID householdId) {
        Caller caller = Caller.current();
        StoredHousehold household = lockLive(householdId);
        Jurisdiction.requireChangeable(caller, household.gridCode(), KIND, householdId);
        Instant now = clock.instant();
        for (UUID memberId : currentMembers(householdId)) {
            jdbc.sql("update household_member set left_at = ? where household_id = ? and resident_id = ? and left_at is null")
                    .params(Timestamp.from(now), householdId, memberId).update();
            jdbc.sql("update resident set household_id = null, updated_at = ? where id = ?").params(Timestamp.from(now), memberId).update();
        }
        dissolveRow(householdId, household.gridCode(), household.houseId(), now);
        counts.recount(household.gridCode());
        return view(householdId, Disclosure.masked());
    }

    @Transactional
    HouseholdView get(UUID householdId, Purpose purpose) {
        Caller caller = Caller.current();
        StoredHousehold household = find(householdId).orElseThrow(() -> new NotFoundException(KIND, householdId));
        Jurisdiction.requireVisible(caller, household.gridCode(), KIND, householdId);
        Disclosure disclosure = Disclosure.decide(caller.roles(), purpose);
        // A household shown in full shows every member's name: each one counts against the limit.
        accessLog.recordIfFull(caller, disclosure, AccessLog.Subject.HOUSEHOLD, householdId, household.gridCode(),
                currentMembers(householdId).size());
        return view(householdId, disclosure);
    }

    @Transactional(readOnly = true)
    List<HouseholdView> list(String unit, int limit, int offset) {
        List<Object> params = new ArrayList<>();
        String where = Jurisdiction.sqlFilter(Caller.current(), unit, "grid_code", params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select id from household where dissolved_at is null and " + where
                        + " order by grid_code, formed_at, id limit ? offset ?")
                .params(params).query(UUID.class).list().stream()
                .map(id -> view(id, Disclosure.masked())).toList();
    }

    /**
     * Takes a person out of their current household, if any, in the caller's transaction (a person who
     * leaves the ledger, or joins another household); a household left empty is dissolved.
     *
     * @return the grid of the household left, when there was one
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<String> leaveCurrent(UUID residentId, Instant now) {
        Optional<StoredHousehold> current = jdbc.sql("""
                        select h.* from household h join household_member m on m.household_id = h.id
                         where m.resident_id = ? and m.left_at is null
                           for update of h
                        """)
                .param(residentId).query(Households::map).optional();
        if (current.isEmpty()) {
            return Optional.empty();
        }
        StoredHousehold household = current.get();
        jdbc.sql("update household_member set left_at = ? where resident_id = ? and left_at is null")
                .params(Timestamp.from(now), residentId).update();
        jdbc.sql("update resident set household_id = null, updated_at = ? where id = ?").params(Timestamp.from(now), residentId).update();
        if (residentId.equals(household.headResidentId())) {
            jdbc.sql("update household set head_resident_id = null, updated_at = ? where id = ?")
                    .params(Timestamp.from(now), household.id()).update();
        }
        int left = memberCount(household.id());
        if (left == 0) {
            dissolveRow(household.id(), household.gridCode(), household.houseId(), now);
        } else {
            publish(household.id(), household.gridCode(), null, household.houseId(), "MEMBER_LEFT", residentId, now);
        }
        return Optional.of(household.gridCode());
    }

    private void join(UUID householdId, String gridCode, UUID residentId, Relation relation, Instant now) {
        enrol(householdId, residentId, relation, now);
        UUID houseId = find(householdId).map(StoredHousehold::houseId).orElse(null);
        publish(householdId, gridCode, null, houseId, "MEMBER_JOINED", residentId, now);
    }

    private void enrol(UUID householdId, UUID residentId, Relation relation, Instant now) {
        jdbc.sql("insert into household_member (household_id, resident_id, relation, joined_at) values (?, ?, ?, ?)")
                .params(householdId, residentId, relation.name(), Timestamp.from(now)).update();
        jdbc.sql("update resident set household_id = ?, updated_at = ? where id = ?")
                .params(householdId, Timestamp.from(now), residentId).update();
    }

    private void movePerson(UUID residentId, Placed before, String gridCode, UUID houseId, UUID householdId, Instant now) {
        jdbc.sql("update resident set grid_code = ?, house_id = ?, updated_at = ? where id = ?")
                .params(gridCode, houseId, Timestamp.from(now), residentId).update();
        memberships.followResident(residentId, gridCode);
        outbox.append(Topics.POPULATION_EVENTS, residentId.toString(), new ResidentMoved(residentId, householdId,
                before.gridCode(), gridCode, before.houseId(), houseId, before.status(), before.status(), now));
    }

    private void dissolveRow(UUID householdId, String gridCode, UUID houseId, Instant now) {
        jdbc.sql("update household set dissolved_at = ?, head_resident_id = null, updated_at = ? where id = ?")
                .params(Timestamp.from(now), Timestamp.from(now), householdId).update();
        publish(householdId, gridCode, null, houseId, "DISSOLVED", null, now);
    }

    private void publish(UUID householdId, String gridCode, String previousGridCode, UUID houseId, String change,
                         UUID residentId, Instant now) {
        outbox.append(Topics.POPULATION_EVENTS, householdId.toString(), new HouseholdChanged(householdId, gridCode,
                previousGridCode, houseId, change, residentId, memberCount(householdId), now));
    }

    private int memberCount(UUID householdId) {
        return jdbc.sql("select count(*) from household_member where household_id = ? and left_at is null")
                .param(householdId).query(Integer.class).single();
    }

    private List<UUID> currentMembers(UUID householdId) {
        return jdbc.sql("select resident_id from household_member where household_id = ? and left_at is null order by joined_at")
                .param(householdId).query(UUID.class).list();
    }

    private HouseholdView view(UUID householdId, Disclosure disclosure) {
        StoredHousehold household = find(householdId).orElseThrow(() -> new NotFoundException(KIND, householdId));
        List<HouseholdView.Member> members = jdbc.sql("""
                        select m.resident_id, m.relation, m.joined_at, r.name
                          from household_member m join resident r on r.id = m.resident_id
                         where m.household_id = ? and m.left_at is null
                         order by m.joined_at, m.resident_id
                        """)
                .param(householdId)
                .query((rs, row) -> {
                    String name = personalData.open(rs.getString("name"));
                    return new HouseholdView.Member(rs.getObject("resident_id", UUID.class),
                            disclosure.full() ? name : Masking.name(name), Relation.valueOf(rs.getString("relation")),
                            rs.getTimestamp("joined_at").toInstant());
                })
                .list();
        return new HouseholdView(household.id(), household.gridCode(), household.houseId(), household.headResidentId(),
                members, household.formedAt(), household.dissolvedAt(), !disclosure.full());
    }

    private StoredHousehold lockLive(UUID householdId) {
        StoredHousehold household = jdbc.sql("select * from household where id = ? for update").param(householdId)
                .query(Households::map).optional().orElseThrow(() -> new NotFoundException(KIND, householdId));
        Jurisdiction.requireVisible(Caller.current(), household.gridCode(), KIND, householdId);
        if (household.dissolvedAt() != null) {
            throw new RuleViolation("household-dissolved", "the household is dissolved").with("householdId", householdId);
        }
        return household;
    }

    private Optional<StoredHousehold> find(UUID householdId) {
        return jdbc.sql("select * from household where id = ?").param(householdId).query(Households::map).optional();
    }


    private Placed residentOf(UUID residentId) {
        return jdbc.sql("select grid_code, house_id, household_id, residence_status, left_at is not null as has_left from resident where id = ?")
                .param(residentId)
                .query((rs, row) -> new Placed(rs.getString("grid_code"), rs.getObject("house_id", UUID.class),
                        rs.getObject("household_id", UUID.class), rs.getString("residence_status"), rs.getBoolean("has_left")))
                .optional().orElseThrow(() -> new NotFoundException("resident", residentId));
    }

    private static void requireOnLedger(Placed person) {
        if (person.hasLeft()) {
            throw new RuleViolation("resident-left", "the person has left the ledger");
        }
    }

    private static StoredHousehold map(ResultSet rs, int row) throws SQLException {
        Timestamp dissolved = rs.getTimestamp("dissolved_at");
        return new StoredHousehold(rs.getObject("id", UUID.class), rs.getString("grid_code"),
                rs.getObject("house_id", UUID.class), rs.getObject("head_resident_id", UUID.class),
                rs.getTimestamp("formed_at").toInstant(), dissolved == null ? null : dissolved.toInstant());
    }

    private record StoredHousehold(UUID id, String gridCode, UUID houseId, UUID headResidentId, Instant formedAt,
                                   Instant dissolvedAt) {
    }

    private record Placed(String gridCode, UUID houseId, UUID householdId, String status, boolean hasLeft) {
    }
}
