package org.gridgov.population.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gridgov.population.Nanhe.EAST_1;
import static org.gridgov.population.Nanhe.EAST_2;
import static org.gridgov.population.Nanhe.RETIRED;
import static org.gridgov.population.Nanhe.WEST_1;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.gridgov.events.EventSchemas;
import org.gridgov.events.Topics;
import org.gridgov.events.population.GridPopulationCounted;
import org.gridgov.events.population.HouseholdChanged;
import org.gridgov.events.population.ResidentLeft;
import org.gridgov.events.population.SpecialGroupJoinedV2;
import org.gridgov.events.population.VisitLoggedV2;
import org.gridgov.events.population.VisitOverdueV2;
import org.gridgov.population.Http;
import org.gridgov.population.Nanhe;
import org.gridgov.population.PopulationServiceTest;
import org.gridgov.population.care.OverdueVisits;
import org.gridgov.population.identity.IdCardNumber;
import org.gridgov.population.protection.KeyRotation;
import org.gridgov.population.protection.PersonalData;
import org.gridgov.runtime.privacy.PersonalDataCipher;
import org.gridgov.runtime.units.UnitReplica;
import org.gridgov.testing.EventStreams;
import org.gridgov.testing.Recording;
import org.gridgov.testing.StreamedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@PopulationServiceTest
class ResidentLedgerTest {

    private static final String WORKER_EAST_1 = Nanhe.gridWorker("worker-east-1", EAST_1);
    private static final String WORKER_EAST_2 = Nanhe.gridWorker("worker-east-2", EAST_2);
    private static final String WORKER_WEST_1 = Nanhe.gridWorker("worker-west-1", WEST_1);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UnitReplica units;

    @Autowired
    OverdueVisits overdueVisits;

    @Autowired
    KeyRotation rotation;

    private Http http;

    @BeforeEach
    void territory() {
        Nanhe.load(units);
        http = new Http(port);
    }

    @Test
    void gridWorkerSeesTheirOwnPeopleInFullAndEveryFullReadIsLogged() {
        String id = register(WORKER_EAST_1, EAST_1, "王秀英", "130527194801010028", "13803190001").id();

        Http.Response own = http.get("/api/residents/" + id, WORKER_EAST_1);
        Http.Response leaderMasked = http.get("/api/residents/" + id, Nanhe.townLeader());
        Http.Response leaderWithPurpose = http.get("/api/residents/" + id + "?purpose=HOME_VISIT", Nanhe.townLeader());

        assertThat(own.body().get("name").asString()).isEqualTo("王秀英");
        assertThat(own.body().get("idNumber").asString()).isEqualTo("130527194801010028");
        assertThat(own.body().get("birthDate").asString()).isEqualTo("1948-01-01");
        assertThat(own.body().get("sex").asString()).isEqualTo("FEMALE");
        assertThat(leaderMasked.body().get("name").asString()).isEqualTo("王**");
        assertThat(leaderMasked.body().get("idNumber").asString()).isEqualTo("1305**********0028");
        assertThat(leaderMasked.body().get("phone").asString()).isEqualTo("138****0001");
        assertThat(leaderMasked.body().get("birthDate").isNull()).isTrue();
        assertThat(leaderWithPurpose.body().get("name").asString()).isEqualTo("王秀英");
        List<Map<String, Object>> log = jdbc.queryForList(
                "select accessor_account_id, purpose, action from personal_data_access where subject_id = ?::uuid order by id", id);
        assertThat(log).extracting(row -> row.get("accessor_account_id") + "|" + row.get("purpose") + "|" + row.get("action"))
                .containsExactly("worker-east-1|GRID_LEDGER|READ", "leader-heyang|HOME_VISIT|READ");
    }

    @Test
    void inspectorsReadTheAccessLogWhichNothingCanChange() {
        String id = register(WORKER_EAST_1, EAST_1, "李建国", "130527195006120011", null).id();
        http.get("/api/residents/" + id, WORKER_EAST_1);

        Http.Response asInspector = http.get("/api/access-log?subjectId=" + id, Nanhe.inspector());
        Http.Response asWorker = http.get("/api/access-log?subjectId=" + id, WORKER_EAST_1);

        assertThat(asInspector.status()).isEqualTo(200);
        assertThat(asInspector.body()).hasSize(1);
        assertThat(asInspector.body().get(0).get("accessorAccountId").asString()).isEqualTo("worker-east-1");
        assertThat(asWorker.status()).isEqualTo(403);
        assertThatThrownBy(() -> jdbc.update("update personal_data_access set purpose = 'nothing' where subject_id = ?::uuid", id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from personal_data_access where subject_id = ?::uuid", id))
                .hasMessageContaining("append-only");
    }

    @Test
    void workerOfAnotherGridSeesNothingOfThesePeople() {
        String id = register(WORKER_EAST_1, EAST_1, "赵桂兰", "130527198506152427", "13803190002").id();

        // Same village, other grid; other village; a town leader; an inspector (reads, never changes).
        assertThat(http.get("/api/residents/" + id, WORKER_EAST_2).status()).isEqualTo(404);
        assertThat(http.get("/api/residents/" + id, WORKER_WEST_1).status()).isEqualTo(404);
        assertThat(http.get("/api/residents/" + id + "?purpose=HOME_VISIT", WORKER_WEST_1).status()).isEqualTo(404);
        assertThat(http.post("/api/residents/search", WORKER_WEST_1, "{\"idNumber\":\"130527198506152427\"}").body()).isEmpty();
        assertThat(http.get("/api/residents?unit=" + EAST_1, WORKER_WEST_1).body()).isEmpty();
        assertThat(http.post("/api/visits", WORKER_WEST_1, "{\"residentId\":\"" + id + "\",\"visitedAt\":\""
                + Instant.now().minusSeconds(60) + "\"}").status()).isEqualTo(404);
        assertThat(http.put("/api/residents/" + id, WORKER_EAST_2, "{\"phone\":\"13900000000\",\"reason\":\"本人申请更正\"}").status())
                .isEqualTo(404);
        assertThat(register(WORKER_WEST_1, EAST_1, "钱多多", "130527197001011114", null).status()).isEqualTo(403);
        assertThat(http.get("/api/residents/" + id, Nanhe.townLeader()).status()).isEqualTo(200);
        assertThat(http.get("/api/residents/" + id, Nanhe.inspector()).body().get("masked").asBoolean()).isTrue();
        assertThat(http.put("/api/residents/" + id, Nanhe.inspector(), "{\"phone\":\"13900000000\",\"reason\":\"本人申请更正\"}").status())
                .isEqualTo(403);
    }

    @Test
    void wrongIdNumberUnknownGridAndDuplicatePersonAreRefusedWithoutEchoingData() {
        Http.Response badCheck = register(WORKER_EAST_1, EAST_1, "孙立", "130527197001011115", null);
        Http.Response unknown = register(WORKER_EAST_1, "130527100201077", "孙立", "130527197001011114", null);
        Http.Response retired = register(WORKER_EAST_1, RETIRED, "孙立", "130527197001011114", null);
        Http.Response sexMismatch = http.post("/api/residents", WORKER_EAST_1, """
                {"gridCode":"%s","name":"孙立","idNumber":"130527197001011114","sex":"FEMALE"}""".formatted(EAST_1));
        register(WORKER_EAST_1, EAST_1, "孙立", "130527197001011114", null);
        Http.Response duplicate = register(WORKER_EAST_1, EAST_1, "孙立", "130527197001011114", null);

        assertThat(badCheck.status()).isEqualTo(400);
        assertThat(badCheck.text()).contains("\"field\":\"idNumber\"", "GB 11643").doesNotContain("130527197001011115");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.text()).contains("\"field\":\"gridCode\"");
        assertThat(retired.text()).contains("retired");
        assertThat(sexMismatch.text()).contains("does not match the ID number");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.body().get("type").asString()).isEqualTo("urn:gridgov:problem:duplicate-person");
        assertThat(duplicate.body().get("residentId")).isNotNull();
    }

    @Test
    void householdSpecialGroupAndVisitPublishReferencesOnly() {
        try (Recording recording = EventStreams.record(Topics.POPULATION_EVENTS)) {
            String head = register(WORKER_EAST_1, EAST_1, "周德福", "130527196606063334", "13803190003").id();
            String child = register(WORKER_EAST_1, EAST_1, "周小雨", "130527201603010046", null).id();
            String household = http.post("/api/households", WORKER_EAST_1, "{\"headResidentId\":\"" + head + "\"}").id();
            http.post("/api/households/" + household + "/members", WORKER_EAST_1,
                    "{\"residentId\":\"" + child + "\",\"relation\":\"CHILD\"}");
            Http.Response joined = http.post("/api/memberships", WORKER_EAST_1, """
                    {"residentId":"%s","group":"EMPTY_NEST_ELDERLY","riskLevel":"HIGH","carerAccountIds":["worker-east-1","cadre-7"]}
                    """.formatted(head));
            Http.Response visit = http.post("/api/visits", WORKER_EAST_1, """
                    {"residentId":"%s","membershipId":"%s","visitedAt":"%s","findings":"血压偏高，嘱按时服药",
                     "readings":{"systolic":150,"diastolic":95},"followUpNeeded":true}
                    """.formatted(head, joined.id(), Instant.now().minusSeconds(600)));

            StreamedEvent visitLogged = recording.await(event -> event.event().getType().endsWith("visit-logged.v2"));
            List<StreamedEvent> events = recording.events();
            assertThat(joined.body().get("visitIntervalDays").asInt()).isEqualTo(7);
            assertThat(visit.status()).isEqualTo(201);
            assertThat(visitLogged.data(VisitLoggedV2.class).followUpNeeded()).isTrue();
            assertThat(visitLogged.data(VisitLoggedV2.class).membershipId()).hasToString(joined.id());
            assertThat(visitLogged.key()).isEqualTo(joined.id());
            assertThat(events).extracting(event -> event.event().getType().replace("org.gridgov.population.", ""))
                    .contains("resident-registered.v1", "household-changed.v1", "special-group-joined.v2", "grid-counted.v1");
            assertThat(events).allSatisfy(event ->
                    assertThat(EventSchemas.problems(event.event().getType(), event.event().getData().toBytes())).isEmpty());
            assertThat(events.stream().filter(event -> event.event().getType().endsWith("household-changed.v1"))
                    .map(event -> event.data(HouseholdChanged.class).change())).containsExactly("FORMED", "MEMBER_JOINED");
            SpecialGroupJoinedV2 joinedEvent = events.stream().filter(event -> event.event().getType().endsWith("special-group-joined.v2"))
                    .findFirst().orElseThrow().data(SpecialGroupJoinedV2.class);
            assertThat(joinedEvent.membershipId()).hasToString(joined.id());
            assertThat(joinedEvent.carerAccountIds()).containsExactly("worker-east-1", "cadre-7");
            GridPopulationCounted lastCount = events.stream().filter(event -> event.event().getType().endsWith("grid-counted.v1"))
                    .reduce((first, second) -> second).orElseThrow().data(GridPopulationCounted.class);
            assertThat(lastCount.gridCode()).isEqualTo(EAST_1);
            assertThat(lastCount.households()).isPositive();
            assertThat(http.get("/api/visits/" + visit.id(), Nanhe.townLeader()).body().get("findings").isNull()).isTrue();
            assertThat(http.get("/api/visits/" + visit.id(), WORKER_EAST_1).body().get("readings").get("systolic").asInt()).isEqualTo(150);
        }
    }

    @Test
    void overdueVisitShowsInTheCarersListAndIsPublishedOnce() {
        String id = register(WORKER_EAST_1, EAST_1, "吴淑芬", "130527198804042226", null).id();
        String membership = http.post("/api/memberships", WORKER_EAST_1, """
                {"residentId":"%s","group":"DISABILITY","riskLevel":"LOW","carerAccountIds":["worker-east-1"]}
                """.formatted(id)).id();
        // Joined 40 days ago and never visited: a monthly visit is ten days late.
        Instant joined = Instant.now().minus(40, ChronoUnit.DAYS);
        jdbc.update("update special_group_membership set joined_at = ?, due_at = ? where id = ?::uuid",
                Timestamp.from(joined), Timestamp.from(joined.plus(30, ChronoUnit.DAYS)), membership);

        try (Recording recording = EventStreams.record(Topics.POPULATION_EVENTS)) {
            overdueVisits.scan();
            overdueVisits.scan();

            VisitOverdueV2 overdue = recording.await(event -> event.key().equals(membership)).data(VisitOverdueV2.class);
            JsonNode mine = http.get("/api/visits/due?mine=true", WORKER_EAST_1).body();
            assertThat(overdue.membershipId()).hasToString(membership);
            assertThat(overdue.carerAccountIds()).containsExactly("worker-east-1");
            assertThat(recording.events().stream().filter(event -> event.key().equals(membership))).hasSize(1);
            assertThat(mine.findValuesAsString("membershipId")).contains(membership);
            assertThat(http.get("/api/visits/due?mine=true", WORKER_EAST_2).body().findValuesAsString("membershipId"))
                    .doesNotContain(membership);
        }
        http.post("/api/visits", WORKER_EAST_1, "{\"residentId\":\"" + id + "\",\"membershipId\":\"" + membership
                + "\",\"visitedAt\":\"" + Instant.now().minusSeconds(60) + "\"}");
        assertThat(http.get("/api/visits/due?mine=true", WORKER_EAST_1).body().findValuesAsString("membershipId"))
                .doesNotContain(membership);
    }

    @Test
    void floatingResidentIsKnownOnArrivalAndTracedAfterDeparture() {
        try (Recording recording = EventStreams.record(Topics.POPULATION_EVENTS)) {
            Http.Response arrived = http.post("/api/residents/arrivals", WORKER_EAST_1, """
                    {"gridCode":"%s","name":"陈晓东","idNumber":"41010219920808123x","phone":"138-0319-0004",
                     "fromDivisionCode":"410102","residencePermitNumber":"R1305272026000123",
                     "arrivedOn":"2026-02-01","expectedStayUntil":"2026-12-31"}
                    """.formatted(EAST_1));
            String id = arrived.id();

            Http.Response left = http.post("/api/residents/" + id + "/departure", WORKER_EAST_1,
                    "{\"reason\":\"FLOATING_DEPARTURE\",\"toDivisionCode\":\"410102\"}");

            ResidentLeft departure = recording.await(event -> event.event().getType().endsWith("resident-left.v1")).data(ResidentLeft.class);
            assertThat(arrived.body().get("residenceStatus").asString()).isEqualTo("FLOATING_IN");
            assertThat(arrived.body().get("residencePermitNumber").asString()).doesNotContain("2026000123");
            assertThat(left.body().get("leftAt").isNull()).isFalse();
            assertThat(departure.reason()).isEqualTo("FLOATING_DEPARTURE");
            assertThat(departure.toDivisionCode()).isEqualTo("410102");
            assertThat(http.post("/api/residents/search", WORKER_EAST_1, "{\"phone\":\"13803190004\"}").body()).isEmpty();
            JsonNode traced = http.post("/api/residents/search", WORKER_EAST_1,
                    "{\"phone\":\"13803190004\",\"includeLeft\":true}").body();
            assertThat(traced.get(0).get("id").asString()).isEqualTo(id);
            assertThat(http.get("/api/residents/" + id, WORKER_EAST_1).body().get("residencePermitNumber").asString())
                    .isEqualTo("R1305272026000123");
        }
    }

    @Test
    void searchMatchesNameIdNumberAndPhoneExactlyInsideTheTerritory() {
        String id = register(WORKER_EAST_2, EAST_2, "郑  海燕", idOf("13052719660606000"), "0319-555-1234").id();

        JsonNode byName = http.post("/api/residents/search", Nanhe.townLeader(), "{\"name\":\"郑海燕\"}").body();
        JsonNode byPhone = http.post("/api/residents/search", Nanhe.townLeader(), "{\"phone\":\"03195551234\"}").body();
        JsonNode byPartialName = http.post("/api/residents/search", Nanhe.townLeader(), "{\"name\":\"郑\"}").body();

        assertThat(byName.get(0).get("id").asString()).isEqualTo(id);
        assertThat(byName.get(0).get("name").asString()).isEqualTo("郑**");
        assertThat(byPhone.get(0).get("id").asString()).isEqualTo(id);
        assertThat(byPartialName).isEmpty();
    }

    @Test
    void exportShowsEverythingHeldAndCorrectionIsLogged() {
        String id = register(WORKER_EAST_2, EAST_2, "冯玉兰", idOf("13052719551111002"), "13803190005").id();

        Http.Response corrected = http.put("/api/residents/" + id, WORKER_EAST_2,
                "{\"name\":\"冯玉莲\",\"phone\":\"13803190006\",\"reason\":\"本人申请更正姓名\"}");
        Http.Response export = http.get("/api/residents/" + id + "/export?purpose=DATA_SUBJECT_REQUEST", Nanhe.townLeader());

        assertThat(corrected.body().get("name").asString()).isEqualTo("冯**");
        assertThat(export.body().get("resident").get("name").asString()).isEqualTo("冯玉莲");
        assertThat(export.body().get("resident").get("phone").asString()).isEqualTo("13803190006");
        assertThat(export.body().get("accesses").findValuesAsString("action")).contains("CORRECTION", "EXPORT");
        assertThat(http.post("/api/residents/search", WORKER_EAST_2, "{\"phone\":\"13803190005\"}").body()).isEmpty();
    }

    @Test
    void rotationReencryptsValuesUnderTheOldKeyInTheBackground() {
        String id = register(WORKER_EAST_2, EAST_2, "褚卫东", idOf("13052719771212001"), "13803190007").id();
        // A value written before the rotation, under the old key test-1.
        PersonalDataCipher before = new PersonalDataCipher("test-1",
                Map.of("test-1", Base64.getDecoder().decode("MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=")));
        jdbc.update("update resident set phone = ?, birth_date = ? where id = ?::uuid", before.encrypt("13803190007"),
                before.encrypt("1977-12-12", PersonalData.BIRTH_DATE.row(id)), id);
        String membership = http.post("/api/memberships", WORKER_EAST_2, """
                {"residentId":"%s","group":"LOW_INCOME","riskLevel":"LOW","carerAccountIds":["worker-east-2"]}
                """.formatted(id)).id();
        jdbc.update("update special_group_membership set group_code = ? where id = ?::uuid",
                before.encrypt("LOW_INCOME", PersonalData.SPECIAL_GROUP.row(membership)), membership);

        long pendingBefore = rotation.pending();
        rotation.reencryptAll();

        assertThat(pendingBefore).isPositive();
        assertThat(rotation.pending()).isZero();
        assertThat(jdbc.queryForObject("select phone from resident where id = ?::uuid", String.class, id)).startsWith("test-2:");
        assertThat(jdbc.queryForObject("select birth_date from resident where id = ?::uuid", String.class, id))
                .startsWith("test-2:s1:");
        JsonNode person = http.get("/api/residents/" + id, WORKER_EAST_2).body();
        assertThat(person.get("phone").asString()).isEqualTo("13803190007");
        assertThat(person.get("birthDate").asString()).isEqualTo("1977-12-12");
        assertThat(http.get("/api/memberships/" + membership, WORKER_EAST_2).body().get("group").asString())
                .isEqualTo("LOW_INCOME");
    }

    private Http.Response register(String token, String grid, String name, String idNumber, String phone) {
        return http.post("/api/residents", token, """
                {"gridCode":"%s","name":"%s","idNumber":"%s","phone":%s,"ethnicity":"汉族","registeredPlace":"河北省邢台市南和区和阳镇"}
                """.formatted(grid, name, idNumber, phone == null ? "null" : "\"" + phone + "\""));
    }

    static String idOf(String first17) {
        return first17 + IdCardNumber.checkCharacterOf(first17);
    }

}
