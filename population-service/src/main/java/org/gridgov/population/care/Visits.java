package org.gridgov.population.care;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gridgov.events.Topics;
import org.gridgov.events.population.VisitLoggedV2;
import org.gridgov.population.protection.AccessLog;
import org.gridgov.population.protection.Disclosure;
import org.gridgov.population.protection.Purpose;
import org.gridgov.population.protection.PersonalData;
import org.gridgov.population.territory.Jurisdiction;
import org.gridgov.runtime.outbox.EventOutbox;
import org.gridgov.runtime.privacy.Masking;
import org.gridgov.runtime.security.Caller;
import org.gridgov.runtime.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Visits: logging them (which moves the member's next due time), reading them, the due list. */
@Service
public class Visits {

    static final String KIND = "visit";
    // A phone's clock runs a little ahead of the server's; a visit further in the future is a mistake.
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final EventOutbox outbox;
    private final PersonalData personalData;
    private final AccessLog accessLog;
    private final JsonMapper json;
    private final Memberships memberships;
    private final Clock clock;

    Visits(JdbcClient jdbc, EventOutbox outbox, PersonalData personalData, AccessLog accessLog, JsonMapper json,
           Memberships memberships, Clock clock) {
        this.jdbc = jdbc;
        this.memberships = memberships;
        this.outbox = outbox;
        this.personalData = personalData;
        this.accessLog = accessLog;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public VisitView log(NewVisit request) {
        Caller caller = Caller.current();
        Instant now = clock.instant();
        if (request.visitedAt().isAfter(now.plus(CLOCK_SKEW))) {
            throw new CareRuleException("visit-in-future", "a visit is logged after it took place");
        }
        Visited visited = visitedOf(request);
        Jurisdiction.requireChangeable(caller, visited.gridCode(), request.residentId() != null ? "resident" : "household",
                request.residentId() != null ? request.residentId() : request.householdId());
        MembershipView membership = null;
        if (request.membershipId() != null) {
            membership = jdbc.sql("select id from special_group_membership where id = ? for update")
                    .param(request.membershipId()).query(UUID.class).optional()
                    .flatMap(memberships::find)
                    .filter(found -> found.residentId().equals(request.residentId()))
                    .orElseThrow(() -> new CareRuleException("membership-mismatch",
                            "the membership is not one of the person visited").with("membershipId", request.membershipId()));
            if (membership.leftAt() != null) {
                throw new CareRuleException("membership-ended", "the membership has ended");
            }
        }
        VisitKind kind = request.kind() != null ? request.kind()
                : membership != null ? VisitKind.SPECIAL_GROUP_CARE : VisitKind.ROUTINE;
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into visit (id, resident_id, household_id, membership_id, grid_code, visitor_account_id, kind,
                                           visited_at, logged_at, findings, readings, follow_up_needed)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(id, request.residentId(), visited.householdId(), request.membershipId(), visited.gridCode(),
                        caller.accountId(), kind.name(), Timestamp.from(request.visitedAt()), Timestamp.from(now),
                        personalData.seal(blankToNull(request.findings())),
                        request.readings() == null ? null : personalData.seal(json.writeValueAsString(request.readings())),
                        request.followUp())
                .update();
        if (membership != null && (membership.lastVisitedAt() == null || request.visitedAt().isAfter(membership.lastVisitedAt()))) {
            Instant due = VisitFrequency.dueAt(membership.joinedAt(), request.visitedAt(), membership.visitIntervalDays());
            jdbc.sql("update special_group_membership set last_visited_at = ?, due_at = ? where id = ?")
                    .params(Timestamp.from(request.visitedAt()), Timestamp.from(due), membership.id()).update();
        }
        outbox.append(Topics.POPULATION_EVENTS, eventKey(request), membership != null
                // A visit counting for a membership names the membership alone: beside the person it would tell
                // that they are in a special group.
                ? new VisitLoggedV2(id, null, null, membership.id(), visited.gridCode(), caller.accountId(), kind.name(),
                        request.followUp(), request.visitedAt(), now)
                : new VisitLoggedV2(id, request.residentId(), visited.householdId(), null, visited.gridCode(),
                        caller.accountId(), kind.name(), request.followUp(), request.visitedAt(), now));
        return find(id).map(row -> row.view(null, null, true)).orElseThrow();
    }

    /** One visit; what was found only in a full view, which is logged. */
    @Transactional
    public VisitView get(UUID visitId, Purpose purpose) {
        Caller caller = Caller.current();
        StoredVisit visit = find(visitId).orElseThrow(() -> new NotFoundException(KIND, visitId));
        Jurisdiction.requireVisible(caller, visit.gridCode(), KIND, visitId);
        Disclosure disclosure = Disclosure.decide(caller.roles(), purpose);
        if (!disclosure.full()) {
            return visit.view(null, null, true);
        }
        accessLog.recordIfFull(caller, disclosure, AccessLog.Subject.VISIT, visitId, visit.gridCode());
        return visit.view(personalData.open(visit.findings()), readingsOf(visit.readings()), false);
    }

    /** The visits to a person or a household, newest first, without what was found. */
    @Transactional(readOnly = true)
    public List<VisitView> list(UUID residentId, UUID householdId, int limit, int offset) {
        List<Object> params = new ArrayList<>();
        String territory = Jurisdiction.sqlFilter(Caller.current(), null, "grid_code", params);
        StringBuilder sql = new StringBuilder("select * from visit where " + territory);
        if (residentId != null) {
            sql.append(" and resident_id = ?");
            params.add(residentId);
        }
        if (householdId != null) {
            sql.append(" and household_id = ?");
            params.add(householdId);
        }
        sql.append(" order by visited_at desc limit ? offset ?");
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql.toString()).params(params).query(Visits::map).list().stream()
                .map(visit -> visit.view(null, null, true)).toList();
    }

    /** Every visit to a person with what was found, for the export of their record. */
    public List<VisitView> allOf(UUID residentId) {
        return jdbc.sql("select * from visit where resident_id = ? order by visited_at").param(residentId)
                .query(Visits::map).list().stream()
                .map(visit -> visit.view(personalData.open(visit.findings()), readingsOf(visit.readings()), false))
                .toList();
    }

    /**
     * Members of the unit whose visit is overdue or falls due within {@code withinDays}, earliest first;
     * only the caller's own members when {@code mine}. Groups shown as {@link GroupDisclosure} allows,
     * each shown one logged.
     */
    @Transactional
    public List<DueVisit> due(String unit, boolean mine, int withinDays, int limit) {
        Caller caller = Caller.current();
        Instant now = clock.instant();
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("""
                select m.*, r.name,
                       (select coalesce(array_agg(c.account_id order by c.account_id), '{}')
                          from membership_carer c where c.membership_id = m.id) as carers
                  from special_group_membership m join resident r on r.id = m.resident_id
                 where m.left_at is null and m.due_at <= ? and\s""");
        params.add(Timestamp.from(now.plus(Duration.ofDays(withinDays))));
        sql.append(Jurisdiction.sqlFilter(caller, unit, "m.grid_code", params));
        if (mine) {
            sql.append(" and exists (select 1 from membership_carer c where c.membership_id = m.id and c.account_id = ?)");
            params.add(caller.accountId());
        }
        sql.append(" order by m.due_at limit ?");
        params.add(limit);
        List<DueVisit> due = jdbc.sql(sql.toString()).params(params).query((rs, row) -> {
            UUID membershipId = rs.getObject("id", UUID.class);
            return new DueVisit(membershipId, rs.getObject("resident_id", UUID.class),
                    Masking.name(personalData.open(rs.getString("name"))), rs.getString("grid_code"),
                    memberships.groupOf(membershipId, rs.getString("group_code")),
                    RiskLevel.valueOf(rs.getString("risk_level")), List.of((String[]) rs.getArray("carers").getArray()),
                    Memberships.instant(rs.getTimestamp("last_visited_at")), Memberships.instant(rs.getTimestamp("due_at")),
                    !rs.getTimestamp("due_at").toInstant().isAfter(now), false);
        }).list();
        if (!GroupDisclosure.shows(caller.roles())) {
            return due.stream().map(DueVisit::withoutGroup).toList();
        }
        accessLog.recordReads(caller, AccessLog.Subject.MEMBERSHIP,
                due.stream().map(visit -> new AccessLog.Shown(visit.membershipId(), visit.gridCode())).toList(),
                GroupDisclosure.PURPOSE);
        return due;
    }

    private static String eventKey(NewVisit request) {
        return request.membershipId() != null ? request.membershipId().toString()
                : request.residentId() != null ? request.residentId().toString() : request.householdId().toString();
    }

    private Visited visitedOf(NewVisit request) {
        if ((request.residentId() == null) == (request.householdId() == null)) {
            throw new CareRuleException("visit-subject", "a visit is to a person or to a household, one of the two");
        }
        if (request.residentId() != null) {
            return jdbc.sql("select grid_code, household_id from resident where id = ?").param(request.residentId())
                    .query((rs, row) -> new Visited(rs.getString("grid_code"), rs.getObject("household_id", UUID.class)))
                    .optional().orElseThrow(() -> new NotFoundException("resident", request.residentId()));
        }
        return jdbc.sql("select grid_code from household where id = ?").param(request.householdId())
                .query((rs, row) -> new Visited(rs.getString("grid_code"), request.householdId()))
                .optional().orElseThrow(() -> new NotFoundException("household", request.householdId()));
    }

    private Optional<StoredVisit> find(UUID visitId) {
        return jdbc.sql("select * from visit where id = ?").param(visitId).query(Visits::map).optional();
    }

    private Readings readingsOf(String sealed) {
        String plain = personalData.open(sealed);
        return plain == null ? null : json.readValue(plain, Readings.class);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static StoredVisit map(ResultSet rs, int row) throws SQLException {
        return new StoredVisit(rs.getObject("id", UUID.class), rs.getObject("resident_id", UUID.class),
                rs.getObject("household_id", UUID.class), rs.getObject("membership_id", UUID.class),
                rs.getString("grid_code"), rs.getString("visitor_account_id"), VisitKind.valueOf(rs.getString("kind")),
                rs.getTimestamp("visited_at").toInstant(), rs.getTimestamp("logged_at").toInstant(),
                rs.getString("findings"), rs.getString("readings"), rs.getBoolean("follow_up_needed"));
    }

    private record Visited(String gridCode, UUID householdId) {
    }

    private record StoredVisit(UUID id, UUID residentId, UUID householdId, UUID membershipId, String gridCode,
                               String visitorAccountId, VisitKind kind, Instant visitedAt, Instant loggedAt,
                               String findings, String readings, boolean followUpNeeded) {

        VisitView view(String openFindings, Readings openReadings, boolean masked) {
            return new VisitView(id, residentId, householdId, membershipId, gridCode, visitorAccountId, kind, visitedAt,
                    loggedAt, followUpNeeded, openFindings, openReadings, masked);
        }
    }
}
