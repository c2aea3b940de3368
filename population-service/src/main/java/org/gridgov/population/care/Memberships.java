package org.gridgov.population.care;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gridgov.events.Topics;
import org.gridgov.events.population.SpecialGroupCareChangedV2;
import org.gridgov.events.population.SpecialGroupJoinedV2;
import org.gridgov.events.population.SpecialGroupLeftV2;
import org.gridgov.population.protection.AccessLog;
import org.gridgov.population.protection.PersonalData;
import org.gridgov.population.territory.Jurisdiction;
import org.gridgov.runtime.outbox.EventOutbox;
import org.gridgov.runtime.security.Caller;
import org.gridgov.runtime.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Special-group memberships: joining, care (carers, risk, frequency), leaving. The group is sealed to
 * its row and found in SQL by {@link PersonalData#groupHash}; it is shown only as
 * {@link GroupDisclosure} allows, each view logged, and never published: the events name the
 * membership alone.
 */
@Service
public class Memberships {

    static final String KIND = "membership";

    private final JdbcClient jdbc;
    private final EventOutbox outbox;
    private final PersonalData personalData;
    private final AccessLog accessLog;
    private final Clock clock;

    Memberships(JdbcClient jdbc, EventOutbox outbox, PersonalData personalData, AccessLog accessLog, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.personalData = personalData;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    @Transactional
    public MembershipView join(NewMembership request) {
        Caller caller = Caller.current();
        Member member = memberOf(request.residentId())
                .orElseThrow(() -> new NotFoundException("resident", request.residentId()));
        Jurisdiction.requireChangeable(caller, member.gridCode(), "resident", request.residentId());
        if (member.hasLeft()) {
            throw new CareRuleException("resident-left", "a person who left the ledger joins no special group");
        }
        String groupHash = personalData.groupHash(member.gridCode(), request.group().name());
        boolean already = jdbc.sql("select count(*) from special_group_membership where resident_id = ? and group_hash = ? and left_at is null")
                .params(request.residentId(), groupHash).query(Integer.class).single() > 0;
        if (already) {
            throw new CareRuleException("already-member", "the person is already in this special group");
        }
        int interval = request.visitIntervalDays() != null ? request.visitIntervalDays()
                : VisitFrequency.defaultIntervalDays(request.group(), request.riskLevel());
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into special_group_membership
                            (id, resident_id, grid_code, group_code, group_hash, risk_level, visit_interval_days, joined_at,
                             due_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(id, request.residentId(), member.gridCode(),
                        personalData.seal(request.group().name(), PersonalData.SPECIAL_GROUP.row(id)), groupHash,
                        request.riskLevel().name(), interval, Timestamp.from(now),
                        Timestamp.from(VisitFrequency.dueAt(now, null, interval)))
                .update();
        List<String> carers = List.copyOf(new LinkedHashSet<>(request.carerAccountIds()));
        saveCarers(id, carers);
        outbox.append(Topics.POPULATION_EVENTS, id.toString(), new SpecialGroupJoinedV2(id, member.gridCode(), carers, now));
        return disclosed(find(id).orElseThrow());
    }

    @Transactional
    public MembershipView changeCare(UUID membershipId, CareChange change) {
        Caller caller = Caller.current();
        MembershipView current = lockActive(membershipId);
        Jurisdiction.requireChangeable(caller, current.gridCode(), KIND, membershipId);
        RiskLevel risk = change.riskLevel() != null ? change.riskLevel() : current.riskLevel();
        int interval = change.visitIntervalDays() != null ? change.visitIntervalDays()
                : change.riskLevel() != null ? VisitFrequency.defaultIntervalDays(current.group(), risk)
                : current.visitIntervalDays();
        List<String> carers = change.carerAccountIds() != null ? List.copyOf(new LinkedHashSet<>(change.carerAccountIds()))
                : current.carerAccountIds();
        Instant due = VisitFrequency.dueAt(current.joinedAt(), current.lastVisitedAt(), interval);
        jdbc.sql("update special_group_membership set risk_level = ?, visit_interval_days = ?, due_at = ? where id = ?")
                .params(risk.name(), interval, Timestamp.from(due), membershipId).update();
        jdbc.sql("delete from membership_carer where membership_id = ?").param(membershipId).update();
        saveCarers(membershipId, carers);
        outbox.append(Topics.POPULATION_EVENTS, membershipId.toString(), new SpecialGroupCareChangedV2(membershipId,
                current.gridCode(), carers, clock.instant()));
        return disclosed(find(membershipId).orElseThrow());
    }

    @Transactional
    public MembershipView end(UUID membershipId, LeavingReason reason) {
        Caller caller = Caller.current();
        MembershipView current = lockActive(membershipId);
        Jurisdiction.requireChangeable(caller, current.gridCode(), KIND, membershipId);
        endOne(current, reason);
        return disclosed(find(membershipId).orElseThrow());
    }

    /** Ends every membership of a person who left the ledger, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void endAllOf(UUID residentId, LeavingReason reason) {
        for (MembershipView membership : query("where m.resident_id = ? and m.left_at is null", List.of(residentId))) {
            endOne(membership, reason);
        }
    }

    /** Moves the memberships of a person to the grid they moved to. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void followResident(UUID residentId, String gridCode) {
        // The group's hash is keyed by the grid: it is taken again for the new one.
        for (MembershipView membership : query("where m.resident_id = ? and m.left_at is null", List.of(residentId))) {
            jdbc.sql("update special_group_membership set grid_code = ?, group_hash = ? where id = ?")
                    .params(gridCode, personalData.groupHash(gridCode, membership.group().name()), membership.id())
                    .update();
        }
    }

    @Transactional
    public MembershipView get(UUID membershipId) {
        MembershipView membership = find(membershipId).orElseThrow(() -> new NotFoundException(KIND, membershipId));
        Jurisdiction.requireVisible(Caller.current(), membership.gridCode(), KIND, membershipId);
        return disclosed(membership);
    }

    @Transactional
    public List<MembershipView> list(String unit, SpecialGroup group, UUID residentId, int limit, int offset) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("where m.left_at is null and "
                + Jurisdiction.sqlFilter(Caller.current(), unit, "m.grid_code", params));
        if (group != null) {
            where.append(" and m.group_hash = any(?)");
            params.add(groupHashesIn(unit, group));
        }
        if (residentId != null) {
            where.append(" and m.resident_id = ?");
            params.add(residentId);
        }
        where.append(" order by m.grid_code, m.joined_at limit ? offset ?");
        params.add(limit);
        params.add(offset);
        return disclosed(query(where.toString(), params));
    }

    /**
     * The hashes of a group in every grid of the unit (the caller's territory when null) that has a
     * member, for {@code group_hash = any(?)}: the hash is keyed by grid, so one value per grid. Refused
     * to a caller who may not see groups, since the members a group filter finds tell the group.
     */
    public String[] groupHashesIn(String unit, SpecialGroup group) {
        Caller caller = Caller.current();
        if (!GroupDisclosure.shows(caller.roles())) {
            throw new AccessDeniedException("only grid workers and grid leaders search by special group");
        }
        List<Object> params = new ArrayList<>();
        String territory = Jurisdiction.sqlFilter(caller, unit, "m.grid_code", params);
        return jdbc.sql("select distinct m.grid_code from special_group_membership m where m.left_at is null and " + territory)
                .params(params).query(String.class).list().stream()
                .map(grid -> personalData.groupHash(grid, group.name())).toArray(String[]::new);
    }

    /** The views as the caller may see them: groups shown only to their carers' roles, each shown one logged. */
    List<MembershipView> disclosed(List<MembershipView> memberships) {
        Caller caller = Caller.current();
        if (!GroupDisclosure.shows(caller.roles())) {
            return memberships.stream().map(MembershipView::withoutGroup).toList();
        }
        accessLog.recordReads(caller, AccessLog.Subject.MEMBERSHIP, memberships.stream()
                .map(membership -> new AccessLog.Shown(membership.id(), membership.gridCode())).toList(),
                GroupDisclosure.PURPOSE);
        return memberships;
    }

    /** Logs the people a search by special group listed: being listed tells their group. */
    public void recordMembersListed(List<AccessLog.Shown> residents) {
        accessLog.recordReads(Caller.current(), AccessLog.Subject.RESIDENT, residents, GroupDisclosure.PURPOSE);
    }

    private MembershipView disclosed(MembershipView membership) {
        return disclosed(List.of(membership)).getFirst();
    }

    /** Every membership of a person, ended ones included (for the export of their record). */
    public List<MembershipView> allOf(UUID residentId) {
        return query("where m.resident_id = ? order by m.joined_at", List.of(residentId));
    }

    Optional<MembershipView> find(UUID membershipId) {
        return query("where m.id = ?", List.of(membershipId)).stream().findFirst();
    }

    private MembershipView lockActive(UUID membershipId) {
        jdbc.sql("select id from special_group_membership where id = ? for update").param(membershipId).query(UUID.class).optional()
                .orElseThrow(() -> new NotFoundException(KIND, membershipId));
        MembershipView current = find(membershipId).orElseThrow();
        Jurisdiction.requireVisible(Caller.current(), current.gridCode(), KIND, membershipId);
        if (current.leftAt() != null) {
            throw new CareRuleException("membership-ended", "the membership has ended");
        }
        return current;
    }

    private void endOne(MembershipView membership, LeavingReason reason) {
        Instant now = clock.instant();
        jdbc.sql("update special_group_membership set left_at = ?, left_reason = ? where id = ?")
                .params(Timestamp.from(now), reason.name(), membership.id()).update();
        outbox.append(Topics.POPULATION_EVENTS, membership.id().toString(), new SpecialGroupLeftV2(membership.id(),
                membership.gridCode(), now));
    }

    private void saveCarers(UUID membershipId, List<String> carers) {
        for (String carer : carers) {
            jdbc.sql("insert into membership_carer (membership_id, account_id) values (?, ?)").params(membershipId, carer).update();
        }
    }

    private List<MembershipView> query(String where, List<?> params) {
        return jdbc.sql("""
                        select m.*, (select coalesce(array_agg(c.account_id order by c.account_id), '{}')
                                       from membership_carer c where c.membership_id = m.id) as carers
                          from special_group_membership m
                        """ + where)
                .params(params).query(this::map).list();
    }

    private Optional<Member> memberOf(UUID residentId) {
        return jdbc.sql("select grid_code, left_at is not null as has_left from resident where id = ?")
                .param(residentId)
                .query((rs, row) -> new Member(rs.getString("grid_code"), rs.getBoolean("has_left")))
                .optional();
    }

    private MembershipView map(ResultSet rs, int row) throws SQLException {
        String[] carers = (String[]) rs.getArray("carers").getArray();
        UUID id = rs.getObject("id", UUID.class);
        return new MembershipView(id, rs.getObject("resident_id", UUID.class),
                rs.getString("grid_code"), groupOf(id, rs.getString("group_code")),
                RiskLevel.valueOf(rs.getString("risk_level")), rs.getInt("visit_interval_days"), List.of(carers),
                instant(rs.getTimestamp("joined_at")), instant(rs.getTimestamp("last_visited_at")),
                instant(rs.getTimestamp("due_at")), instant(rs.getTimestamp("left_at")), rs.getString("left_reason"), false);
    }

    /** The group of a membership from its sealed column. */
    SpecialGroup groupOf(UUID membershipId, String sealed) {
        return SpecialGroup.valueOf(personalData.open(sealed, PersonalData.SPECIAL_GROUP.row(membershipId)));
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record Member(String gridCode, boolean hasLeft) {
    }
}
