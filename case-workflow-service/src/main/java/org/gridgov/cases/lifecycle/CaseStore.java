package org.gridgov.cases.lifecycle;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gridgov.cases.catalogue.Severity;
import org.gridgov.cases.deadline.Stage;
import org.gridgov.cases.deadline.TimeLeft;
import org.gridgov.cases.routing.Level;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Cases and their audit trail in PostgreSQL. Writes join the caller's transaction. */
@Repository
public class CaseStore {

    /** Every column a {@link CaseFile} is read from, for queries that list cases. */
    public static final String COLUMNS = """
            id, report_id, tracking_code, category, description, longitude, latitude, reported_grid_code,
            address_text, channel, photo_urls, people_involved, risk_flag, reporter_ref, reported_at, state,
            severity, grid_code, level, unit_code, assignee_id, department_code, awaiting_placement, supervised,
            rework_count, stage, warn_at, due_at, warned, overdue, late_stages, overdue_departments, duplicate_of,
            reject_reason, rejection_code, closed_at, handling_summary, handling_photo_urls, rating, rating_comment,
            dispute_id, mediating_since, paused_to_warn_ms, paused_to_due_ms, close_cause, transitions, updated_at,
            reporter_contact_erased_at""";

    private static final RowMapper<CaseFile> CASES = CaseStore::read;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    CaseStore(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Reads a case from a row holding {@link #COLUMNS}. */
    public static RowMapper<CaseFile> rows() {
        return CASES;
    }

    /**
     * Stores a new case with its transitions, unless a case already exists for its report (or,
     * once in a blue moon, for its tracking code).
     *
     * @return whether the case was stored
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean insert(CaseFile file) {
        Report report = file.report();
        int inserted = jdbc.sql("""
                        insert into case_file (id, report_id, tracking_code, category, description, longitude, latitude,
                            reported_grid_code, address_text, channel, photo_urls, people_involved, risk_flag, reporter_ref,
                            reported_at, state, severity, grid_code, level, unit_code, assignee_id, department_code,
                            awaiting_placement, supervised, rework_count, stage, warn_at, due_at, warned, overdue,
                            next_deadline_at, late_stages, overdue_departments, duplicate_of, reject_reason,
                            rejection_code, closed_at, handling_summary, handling_photo_urls, rating, rating_comment,
                            dispute_id, mediating_since, paused_to_warn_ms, paused_to_due_ms, close_cause, transitions,
                            updated_at)
                        values (:id, :reportId, :trackingCode, :category, :description, :longitude, :latitude,
                            :reportedGridCode, :addressText, :channel, :photoUrls, :peopleInvolved, :riskFlag, :reporterRef,
                            :reportedAt, :state, :severity, :gridCode, :level, :unitCode, :assigneeId, :departmentCode,
                            :awaitingPlacement, :supervised, :reworkCount, :stage, :warnAt, :dueAt, :warned, :overdue,
                            :nextDeadlineAt, :lateStages, :overdueDepartments, :duplicateOf, :rejectReason,
                            :rejectionCode, :closedAt, :handlingSummary, :handlingPhotoUrls, :rating, :ratingComment,
                            :disputeId, :mediatingSince, :pausedToWarnMs, :pausedToDueMs, :closeCause, :transitions,
                            :updatedAt)
                        on conflict do nothing
                        """)
                .paramSource(changing(file)
                        .addValue("id", file.id())
                        .addValue("reportId", report.reportId())
                        .addValue("trackingCode", file.trackingCode())
                        .addValue("category", report.category())
                        .addValue("description", report.description())
                        .addValue("longitude", report.longitude())
                        .addValue("latitude", report.latitude())
                        .addValue("reportedGridCode", report.gridCode())
                        .addValue("addressText", report.addressText())
                        .addValue("channel", report.channel())
                        .addValue("photoUrls", report.photoUrls().toArray(String[]::new))
                        .addValue("peopleInvolved", report.peopleInvolved())
                        .addValue("riskFlag", report.riskFlag())
                        .addValue("reporterRef", report.reporterRef())
                        .addValue("reportedAt", timestamp(report.reportedAt())))
                .update();
        if (inserted == 0) {
            return false;
        }
        appendTransitions(file);
        return true;
    }

    /** Saves the changes of a case loaded with {@link #lock} and appends its new transitions. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void update(CaseFile file) {
        jdbc.sql("""
                        update case_file set state = :state, severity = :severity, grid_code = :gridCode, level = :level,
                            unit_code = :unitCode, assignee_id = :assigneeId, department_code = :departmentCode,
                            awaiting_placement = :awaitingPlacement, supervised = :supervised, rework_count = :reworkCount,
                            stage = :stage, warn_at = :warnAt, due_at = :dueAt, warned = :warned, overdue = :overdue,
                            next_deadline_at = :nextDeadlineAt, late_stages = :lateStages,
                            overdue_departments = :overdueDepartments, duplicate_of = :duplicateOf,
                            reject_reason = :rejectReason, rejection_code = :rejectionCode, closed_at = :closedAt,
                            handling_summary = :handlingSummary, handling_photo_urls = :handlingPhotoUrls,
                            rating = :rating, rating_comment = :ratingComment, dispute_id = :disputeId,
                            mediating_since = :mediatingSince, paused_to_warn_ms = :pausedToWarnMs,
                            paused_to_due_ms = :pausedToDueMs, close_cause = :closeCause,
                            transitions = :transitions, updated_at = :updatedAt
                        where id = :id
                        """)
                .paramSource(changing(file).addValue("id", file.id()))
                .update();
        appendTransitions(file);
    }

    /** The case, locked until the end of the caller's transaction so changes to it happen one at a time. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<CaseFile> lock(UUID caseId) {
        return jdbc.sql("select " + COLUMNS + " from case_file where id = ? for update").param(caseId)
                .query(CASES).optional();
    }

    /**
     * The case whose deadline is due soonest at {@code now} and that no other transaction holds,
     * locked until the end of the caller's transaction: replicas scanning together each take
     * different cases, and a deadline fires once.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<UUID> lockNextDue(Instant now) {
        return jdbc.sql("""
                        select id from case_file where next_deadline_at <= ?
                        order by next_deadline_at limit 1 for update skip locked
                        """)
                .param(timestamp(now)).query(UUID.class).optional();
    }

    /** Looks at a case's deadline again no sooner than {@code at} (its firing failed). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void postponeDeadline(UUID caseId, Instant at) {
        jdbc.sql("update case_file set next_deadline_at = ? where id = ? and next_deadline_at is not null")
                .params(timestamp(at), caseId).update();
    }

    public Optional<CaseFile> find(UUID caseId) {
        return jdbc.sql("select " + COLUMNS + " from case_file where id = ?").param(caseId).query(CASES).optional();
    }

    /** The case a dispute was opened from, by the dispute id it kept when it went to mediation. */
    public Optional<UUID> idOfDispute(UUID disputeId) {
        return jdbc.sql("select id from case_file where dispute_id = ?").param(disputeId).query(UUID.class).optional();
    }

    public Optional<CaseFile> findByReport(UUID reportId) {
        return jdbc.sql("select " + COLUMNS + " from case_file where report_id = ?").param(reportId).query(CASES).optional();
    }

    public Optional<UUID> idOfTrackingCode(String trackingCode) {
        return jdbc.sql("select id from case_file where tracking_code = ?").param(trackingCode).query(UUID.class).optional();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void saveContact(UUID caseId, String contact) {
        jdbc.sql("insert into case_reporter_contact (case_id, contact) values (?, ?)").params(caseId, contact).update();
    }

    public Optional<String> contactOf(UUID caseId) {
        return jdbc.sql("select contact from case_reporter_contact where case_id = ?").param(caseId)
                .query(String.class).optional();
    }

    /** The audit trail of a case, oldest first. */
    public List<Transition> history(UUID caseId) {
        return jdbc.sql("""
                        select action, from_state, to_state, level, unit_code, actor_id, actor_role, reason, at
                        from case_event where case_id = ? order by seq
                        """)
                .param(caseId)
                .query((rs, row) -> new Transition(CaseAction.valueOf(rs.getString("action")),
                        enumOf(CaseState.class, rs.getString("from_state")), CaseState.valueOf(rs.getString("to_state")),
                        enumOf(Level.class, rs.getString("level")), rs.getString("unit_code"),
                        new Actor(rs.getString("actor_id"), rs.getString("actor_role")), rs.getString("reason"),
                        instant(rs, "at")))
                .list();
    }

    /** The change's new transitions, in one batch: one round trip however many there are. */
    private void appendTransitions(CaseFile file) {
        int seq = file.recordedTransitions();
        List<Object[]> rows = new ArrayList<>();
        for (Transition transition : file.pendingTransitions()) {
            rows.add(new Object[] {file.id(), ++seq, transition.action().name(), name(transition.from()),
                    transition.to().name(), name(transition.level()), transition.unitCode(),
                    transition.actor().id(), transition.actor().role(), transition.reason(),
                    timestamp(transition.at())});
        }
        if (!rows.isEmpty()) {
            batches.batchUpdate("""
                    insert into case_event (case_id, seq, action, from_state, to_state, level, unit_code,
                        actor_id, actor_role, reason, at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, rows);
        }
        file.markRecorded();
    }

    private static MapSqlParameterSource changing(CaseFile file) {
        return new MapSqlParameterSource()
                .addValue("state", file.state().name())
                .addValue("severity", file.severity().name())
                .addValue("gridCode", file.gridCode())
                .addValue("level", name(file.level()))
                .addValue("unitCode", file.unitCode())
                .addValue("assigneeId", file.assigneeId())
                .addValue("departmentCode", file.departmentCode())
                .addValue("awaitingPlacement", file.awaitingPlacement())
                .addValue("supervised", file.supervised())
                .addValue("reworkCount", file.reworkCount())
                .addValue("stage", name(file.stage()))
                .addValue("warnAt", timestamp(file.warnAt()))
                .addValue("dueAt", timestamp(file.dueAt()))
                .addValue("warned", file.warned())
                .addValue("overdue", file.overdue())
                .addValue("nextDeadlineAt", timestamp(file.nextDeadlineAt()))
                .addValue("lateStages", file.lateStages())
                .addValue("overdueDepartments", file.overdueDepartments().toArray(String[]::new))
                .addValue("duplicateOf", file.duplicateOf())
                .addValue("rejectReason", file.rejectReason())
                .addValue("rejectionCode", name(file.rejectionCode()))
                .addValue("closedAt", timestamp(file.closedAt()))
                .addValue("handlingSummary", file.handlingSummary())
                .addValue("handlingPhotoUrls", file.handlingPhotoUrls().toArray(String[]::new))
                .addValue("rating", file.rating())
                .addValue("ratingComment", file.ratingComment())
                .addValue("disputeId", file.disputeId())
                .addValue("mediatingSince", timestamp(file.mediatingSince()))
                .addValue("pausedToWarnMs", file.pausedTimeLeft() == null ? null : file.pausedTimeLeft().toWarn().toMillis())
                .addValue("pausedToDueMs", file.pausedTimeLeft() == null ? null : file.pausedTimeLeft().toDue().toMillis())
                .addValue("closeCause", name(file.closeCause()))
                .addValue("transitions", file.recordedTransitions() + file.pendingTransitions().size())
                .addValue("updatedAt", timestamp(file.updatedAt()));
    }

    private static CaseFile read(ResultSet rs, int row) throws SQLException {
        List<String> photos = strings(rs, "photo_urls");
        Report report = new Report(rs.getObject("report_id", UUID.class), rs.getString("category"),
                rs.getString("description"), (Double) rs.getObject("longitude"), (Double) rs.getObject("latitude"),
                rs.getString("reported_grid_code"), rs.getString("address_text"), rs.getString("channel"),
                photos, rs.getInt("people_involved"),
                rs.getBoolean("risk_flag"), rs.getString("reporter_ref"), instant(rs, "reported_at"));
        Integer rating = (Integer) rs.getObject("rating", Integer.class);
        return CaseFile.restore(rs.getObject("id", UUID.class), rs.getString("tracking_code"), report,
                new CaseFile.Stored(CaseState.valueOf(rs.getString("state")), Severity.valueOf(rs.getString("severity")),
                        rs.getString("grid_code"), enumOf(Level.class, rs.getString("level")), rs.getString("unit_code"),
                        rs.getString("assignee_id"), rs.getString("department_code"), rs.getBoolean("awaiting_placement"),
                        rs.getBoolean("supervised"), rs.getInt("rework_count"), enumOf(Stage.class, rs.getString("stage")),
                        instant(rs, "warn_at"), instant(rs, "due_at"), rs.getBoolean("warned"), rs.getBoolean("overdue"),
                        rs.getInt("late_stages"), strings(rs, "overdue_departments"),
                        rs.getObject("duplicate_of", UUID.class), rs.getString("reject_reason"),
                        enumOf(RejectionReason.class, rs.getString("rejection_code")), instant(rs, "closed_at"),
                        rs.getString("handling_summary"), strings(rs, "handling_photo_urls"), rating, rs.getString("rating_comment"),
                        rs.getObject("dispute_id", UUID.class), instant(rs, "mediating_since"), timeLeft(rs),
                        enumOf(ClosingCause.class, rs.getString("close_cause")),
                        instant(rs, "updated_at"), rs.getInt("transitions"), instant(rs, "reporter_contact_erased_at")));
    }

    private static TimeLeft timeLeft(ResultSet rs) throws SQLException {
        Long toWarn = rs.getObject("paused_to_warn_ms", Long.class);
        Long toDue = rs.getObject("paused_to_due_ms", Long.class);
        return toDue == null ? null : new TimeLeft(Duration.ofMillis(toWarn), Duration.ofMillis(toDue));
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
