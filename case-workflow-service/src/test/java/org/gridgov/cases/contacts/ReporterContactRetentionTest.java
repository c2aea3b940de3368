package org.gridgov.cases.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.cases.NanheCounty.BEIJIASONG;
import static org.gridgov.cases.NanheCounty.BEIJIASONG_GRID_1;
import static org.gridgov.cases.NanheCounty.BEIJIASONG_WORKER_1;
import static org.gridgov.cases.NanheCounty.COUNTY;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.gridgov.cases.Api;
import org.gridgov.cases.CaseWorkflowIntegrationTest;
import org.gridgov.testing.DevTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A reporter's contact outlives their case by the retention and no longer; the case remembers it went. */
class ReporterContactRetentionTest extends CaseWorkflowIntegrationTest {

    private static final String CONTACT = "wechat-openid-reporter-7731";
    private static final Duration RETENTION = Duration.ofDays(90);

    private final String worker = token(BEIJIASONG_WORKER_1, "GRID_WORKER", BEIJIASONG_GRID_1);
    private final String villageCentre = token("c-bjs", "COMMAND_CENTRE", BEIJIASONG);
    private final String countyCentre = token("c-county", "COMMAND_CENTRE", COUNTY);
    private final String notification = DevTokens.forAccount("notification").roles("SERVICE").sign();

    @Autowired
    ReporterContactErasure erasure;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void clockStopped() {
        clock.pin(Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void contactOfAClosedCaseIsErasedOnceTheRetentionHasRunAndTheCaseSaysWhen() {
        UUID caseId = closedResidentReport();

        clock.advance(RETENTION.minusDays(1));
        erasure.eraseDue();
        Api.Response stillKept = api().get("/api/cases/" + caseId + "/reporter-contact", notification);
        clock.advance(Duration.ofDays(2));
        Instant erasedAt = clock.instant();
        int erased = erasure.eraseDue();
        Api.Response afterwards = api().get("/api/cases/" + caseId + "/reporter-contact", notification);
        Api.Response byCentre = api().get("/api/cases/" + caseId, countyCentre);
        Api.Response byWorker = api().get("/api/cases/" + caseId, worker);

        assertThat(stillKept.status()).isEqualTo(200);
        assertThat(stillKept.text("contact")).isEqualTo(CONTACT);
        assertThat(erased).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from case_reporter_contact where case_id = ?", Integer.class,
                caseId)).isZero();
        assertThat(afterwards.status()).isEqualTo(404);
        assertThat(afterwards.text("type")).isEqualTo("urn:gridgov:problem:reporter-contact-erased");
        assertThat(Instant.parse(afterwards.text("erasedAt"))).isEqualTo(erasedAt);
        assertThat(afterwards.body().toString()).doesNotContain(CONTACT);
        assertThat(byCentre.text("state")).isEqualTo("CLOSED");
        assertThat(byCentre.body().path("reporterContact").isNull()).isTrue();
        assertThat(Instant.parse(byCentre.text("reporterContactErasedAt"))).isEqualTo(erasedAt);
        assertThat(Instant.parse(byWorker.text("reporterContactErasedAt"))).isEqualTo(erasedAt);
        assertThat(jdbc.queryForObject("select found from reporter_contact_read where case_id = ? order by id desc limit 1",
                Boolean.class, caseId)).isFalse();
    }

    @Test
    void caseReopenedWithinTheRetentionKeepsItsContact() {
        UUID caseId = closedResidentReport();
        clock.advance(Duration.ofDays(30));
        actOk(villageCentre, caseId, "reopen", Map.of("reason", "the pile is back by the bridge"));

        clock.advance(RETENTION.plusDays(30));
        erasure.eraseDue();
        Api.Response contact = api().get("/api/cases/" + caseId + "/reporter-contact", notification);

        assertThat(contact.status()).isEqualTo(200);
        assertThat(contact.text("contact")).isEqualTo(CONTACT);
        assertThat(api().get("/api/cases/" + caseId, countyCentre).body().path("reporterContactErasedAt").isNull()).isTrue();
    }

    @Test
    void rejectedCaseLosesItsContactAfterTheRetentionAndCasesWithoutOneAreLeftAlone() {
        UUID rejected = residentReport();
        actOk(villageCentre, rejected, "reject", Map.of("reasonCode", "PRANK", "note", "the same photo for the third time"));
        UUID withoutContact = report(worker, reportIn(BEIJIASONG_GRID_1, "ENV_GARBAGE"));
        actOk(worker, withoutContact, "resolve", Map.of("notes", "cleared"));
        actOk(worker, withoutContact, "verify", Map.of("passed", true));

        clock.advance(RETENTION.plusDays(1));
        erasure.eraseDue();

        assertThat(api().get("/api/cases/" + rejected + "/reporter-contact", notification).text("type"))
                .isEqualTo("urn:gridgov:problem:reporter-contact-erased");
        Api.Response none = api().get("/api/cases/" + withoutContact + "/reporter-contact", notification);
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.text("type")).isNotEqualTo("urn:gridgov:problem:reporter-contact-erased");
        assertThat(api().get("/api/cases/" + withoutContact, countyCentre).body().path("reporterContactErasedAt").isNull())
                .isTrue();
    }

    /** A resident's report with their contact, resolved in the grid and closed on verification. */
    private UUID closedResidentReport() {
        UUID caseId = residentReport();
        actOk(worker, caseId, "resolve", Map.of("notes", "cleared on the spot"));
        actOk(worker, caseId, "verify", Map.of("passed", true));
        return caseId;
    }

    private UUID residentReport() {
        Map<String, Object> report = reportIn(BEIJIASONG_GRID_1, "ENV_GARBAGE");
        report.put("channel", "WECHAT");
        report.put("reporterContact", CONTACT);
        Api.Response created = api().post("/api/public/cases", null, report);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return UUID.fromString(created.text("caseId"));
    }
}
