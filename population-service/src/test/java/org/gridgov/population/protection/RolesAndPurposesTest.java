package org.gridgov.population.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.population.Nanhe.EAST_1;
import static org.gridgov.population.Nanhe.TOWN;

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.gridgov.population.Http;
import org.gridgov.population.Nanhe;
import org.gridgov.population.PopulationServiceTest;
import org.gridgov.population.identity.IdCardNumber;
import org.gridgov.runtime.units.UnitReplica;
import org.gridgov.testing.ApiAllowLists;
import org.gridgov.testing.DevTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Who may change the ledger and who may unmask it: grid staff of the territory change it; a mediator
 * with a grid in its token changes nothing; a full read states a purpose from the fixed list, and one
 * account reads at most so many people in full per window.
 */
@PopulationServiceTest
class RolesAndPurposesTest {

    private static final String WORKER = Nanhe.gridWorker("worker-east-1", EAST_1);
    private static final String MEDIATOR = DevTokens.forAccount("mediator-east-1").roles("MEDIATOR").scope(EAST_1).sign();

    @LocalServerPort
    int port;

    @Autowired
    UnitReplica units;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    private Http http;

    @BeforeEach
    void territory() {
        Nanhe.load(units);
        http = new Http(port);
    }

    @Test
    void aMediatorWithAGridInItsTokenRegistersCorrectsAndMovesNobody() {
        String id = register(WORKER, "卫国强", idOf("13052719620303001")).id();
        long people = count("resident");
        long accesses = count("personal_data_access");
        Map<String, Object> before = jdbc.queryForMap("select * from resident where id = ?::uuid", id);

        Http.Response registered = register(MEDIATOR, "蒋小梅", idOf("13052719900404002"));
        Http.Response arrived = http.post("/api/residents/arrivals", MEDIATOR, "{}");
        Http.Response corrected = http.put("/api/residents/" + id, MEDIATOR, "{\"phone\":\"13900000000\",\"reason\":\"调解需要\"}");
        Http.Response moved = http.post("/api/residents/" + id + "/move", MEDIATOR, "{\"gridCode\":\"" + EAST_1 + "\"}");
        Http.Response household = http.post("/api/households", MEDIATOR, "{\"headResidentId\":\"" + id + "\"}");
        Http.Response unmasked = http.get("/api/residents/" + id + "?purpose=CASE_HANDLING", MEDIATOR);

        assertThat(List.of(registered, arrived, corrected, moved, household, unmasked))
                .allSatisfy(response -> {
                    assertThat(response.status()).as(response.text()).isEqualTo(403);
                    assertThat(response.body().path("type").asString()).isEqualTo("urn:gridgov:problem:forbidden");
                });
        assertThat(count("resident")).isEqualTo(people);
        assertThat(count("personal_data_access")).isEqualTo(accesses);
        assertThat(jdbc.queryForMap("select * from resident where id = ?::uuid", id)).isEqualTo(before);
    }

    @Test
    void aRefusedRoleIsForbiddenBeforeItsBodyIsValidated() {
        Http.Response refused = http.post("/api/residents", MEDIATOR, "{\"idNumber\": 42}");
        Http.Response allowed = http.post("/api/residents", WORKER, "{\"idNumber\": 42}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().has("errors")).isFalse();
        assertThat(allowed.status()).isEqualTo(400);
    }

    @Test
    void aFreeTextPurposeIsRefusedNamingTheField() {
        String id = register(WORKER, "韩素梅", idOf("13052719700505003")).id();

        Http.Response freeText = http.get("/api/residents/" + id + "?purpose=低保资格复核", Nanhe.townLeader());
        Http.Response exportForAVisit = http.get("/api/residents/" + id + "/export?purpose=HOME_VISIT", Nanhe.townLeader());
        Http.Response notTheLeadersWork = http.get("/api/residents/" + id + "?purpose=GRID_LEDGER", Nanhe.townLeader());

        assertThat(freeText.status()).isEqualTo(400);
        assertThat(freeText.body().at("/errors/0/field").asString()).isEqualTo("purpose");
        assertThat(freeText.body().at("/errors/0/reason").asString()).contains("HOME_VISIT", "DATA_SUBJECT_REQUEST")
                .doesNotContain("低保");
        assertThat(exportForAVisit.status()).isEqualTo(400);
        assertThat(exportForAVisit.body().at("/errors/0/field").asString()).isEqualTo("purpose");
        assertThat(notTheLeadersWork.status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from personal_data_access where subject_id = ?::uuid and action <> 'CORRECTION'"
                + " and accessor_account_id = 'leader-heyang'", Long.class, id)).isZero();
    }

    @Test
    void fullReadsPastTheLimitAreRefusedWithRetryAfterAndCountedAsABurst() {
        String id = register(WORKER, "秦志刚", idOf("13052719580606004")).id();
        String leader = DevTokens.forAccount("leader-burst").roles("GRID_LEADER").scope(TOWN).sign();
        double burstsBefore = bursts();

        for (int read = 0; read < 200; read++) {
            assertThat(http.get("/api/residents/" + id + "?purpose=HOME_VISIT", leader).status()).isEqualTo(200);
        }
        Http.Response refused = http.get("/api/residents/" + id + "?purpose=HOME_VISIT", leader);
        Http.Response export = http.get("/api/residents/" + id + "/export?purpose=DATA_SUBJECT_REQUEST", leader);
        Http.Response masked = http.get("/api/residents/" + id, leader);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().path("type").asString()).isEqualTo("urn:gridgov:problem:disclosure-limit");
        assertThat(refused.text()).doesNotContain("秦志刚");
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 3600L);
        assertThat(export.status()).isEqualTo(429);
        assertThat(masked.status()).isEqualTo(200);
        assertThat(masked.body().path("masked").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("select sum(disclosed_people) from personal_data_access where accessor_account_id = 'leader-burst'",
                Long.class)).isEqualTo(200);
        assertThat(bursts()).isEqualTo(burstsBefore + 2);
        assertThat(meters.get(DisclosureLimit.DISCLOSURES).tag("role", "GRID_LEADER").tag("purpose", "HOME_VISIT")
                .counter().count()).isGreaterThanOrEqualTo(200);
    }

    @Test
    void everyEndpointNamesTheRolesThatMayCallItAndOnlyGridStaffChangeTheLedger() {
        Map<String, List<String>> roles = ApiAllowLists.read(port);

        assertThat(roles.get("POST /api/residents")).containsExactly("GRID_WORKER", "GRID_LEADER");
        assertThat(roles.get("GET /api/residents/{residentId}/export")).containsExactly("GRID_LEADER", "ADMIN");
        assertThat(roles.get("POST /api/census/imports")).containsExactly("GRID_LEADER", "ADMIN");
        assertThat(roles).allSatisfy((operation, names) -> {
            assertThat(names).as(operation).doesNotContain("MEDIATOR", "DEPARTMENT_HANDLER", "SERVICE", "ANONYMOUS");
            if (!operation.startsWith("GET") && !operation.equals("POST /api/residents/search")
                    && !operation.equals("POST /api/census/imports")) {
                assertThat(names).as(operation).containsExactly("GRID_WORKER", "GRID_LEADER");
            }
        });
    }

    private double bursts() {
        var counter = meters.find(DisclosureLimit.BURSTS).tag("role", "GRID_LEADER").counter();
        return counter == null ? 0 : counter.count();
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private Http.Response register(String token, String name, String idNumber) {
        return http.post("/api/residents", token, """
                {"gridCode":"%s","name":"%s","idNumber":"%s","ethnicity":"汉族"}""".formatted(EAST_1, name, idNumber));
    }

    private static String idOf(String first17) {
        return first17 + IdCardNumber.checkCharacterOf(first17);
    }
}
