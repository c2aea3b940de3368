package org.gridgov.population.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.population.Nanhe.EAST_1;
import static org.gridgov.population.Nanhe.EAST_2;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.gridgov.events.Topics;
import org.gridgov.events.population.SpecialGroupJoinedV2;
import org.gridgov.events.population.VisitLoggedV2;
import org.gridgov.population.Http;
import org.gridgov.population.Nanhe;
import org.gridgov.population.PopulationServiceTest;
import org.gridgov.population.identity.IdCardNumber;
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

/**
 * Special-group membership is PIPL Art. 28 sensitive: sealed at rest, found through a keyed hash,
 * shown only to the grid's workers and leaders (each view logged), and published as an opaque
 * reference only.
 */
@PopulationServiceTest
class SpecialGroupProtectionTest {

    private static final String WORKER_EAST_1 = Nanhe.gridWorker("carer-east-1", EAST_1);
    private static final String WORKER_EAST_2 = Nanhe.gridWorker("carer-east-2", EAST_2);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UnitReplica units;

    @Autowired
    PersonalDataCipher cipher;

    private Http http;

    @BeforeEach
    void territory() {
        Nanhe.load(units);
        http = new Http(port);
    }

    @Test
    void theGroupIsSealedToItsRowAndNoListOfItIsInTheClear() {
        String resident = register(WORKER_EAST_1, EAST_1, "冯建军", idOf("13052719700303001"));
        String membership = join(WORKER_EAST_1, resident, "SERIOUS_MENTAL_ILLNESS");

        String stored = jdbc.queryForObject("select group_code from special_group_membership where id = ?::uuid",
                String.class, membership);
        List<String> hashes = jdbc.queryForList("select group_hash from special_group_membership", String.class);

        assertThat(stored).startsWith("test-2:s1:").doesNotContain("MENTAL");
        assertThat(cipher.decrypt(stored, PersonalData.SPECIAL_GROUP.row(membership))).isEqualTo("SERIOUS_MENTAL_ILLNESS");
        assertThat(hashes).noneMatch(hash -> hash.contains("MENTAL"));
        assertThat(jdbc.queryForList("select group_code from special_group_membership", String.class))
                .noneMatch(value -> value.matches("[A-Z_]+"));
    }

    @Test
    void theCarersRolesSeeTheGroupEachViewLoggedAndOthersSeeItMasked() {
        String resident = register(WORKER_EAST_1, EAST_1, "韩桂兰", idOf("13052719680505002"));
        String membership = join(WORKER_EAST_1, resident, "DRUG_REHABILITATION");
        long logged = membershipReads(membership);

        JsonNode worker = http.get("/api/memberships/" + membership, WORKER_EAST_1).body();
        JsonNode leader = http.get("/api/memberships/" + membership, Nanhe.townLeader()).body();
        long afterCarers = membershipReads(membership);
        JsonNode centre = http.get("/api/memberships/" + membership, Nanhe.commandCentre()).body();
        JsonNode inspector = http.get("/api/memberships/" + membership, Nanhe.inspector()).body();
        JsonNode inspectorsList = http.get("/api/memberships?residentId=" + resident, Nanhe.inspector()).body();

        assertThat(worker.get("group").asString()).isEqualTo("DRUG_REHABILITATION");
        assertThat(worker.get("masked").asBoolean()).isFalse();
        assertThat(leader.get("group").asString()).isEqualTo("DRUG_REHABILITATION");
        assertThat(afterCarers).isEqualTo(logged + 2);
        assertThat(List.of(centre, inspector, inspectorsList.get(0))).allSatisfy(view -> {
            assertThat(view.get("group").isNull()).isTrue();
            assertThat(view.get("masked").asBoolean()).isTrue();
            assertThat(view.get("carerAccountIds").isArray()).isTrue();
        });
        assertThat(membershipReads(membership)).isEqualTo(afterCarers);
        assertThat(jdbc.queryForObject("""
                select purpose from personal_data_access
                 where subject_kind = 'MEMBERSHIP' and subject_id = ?::uuid and accessor_account_id = 'leader-heyang'
                """, String.class, membership)).isEqualTo("SPECIAL_GROUP_CARE");
    }

    @Test
    void listsByGridAndGroupFindTheMembersEvenAfterTheyMoveAndAreRefusedToOtherRoles() {
        String released = register(WORKER_EAST_1, EAST_1, "蒋志强", idOf("13052719810707001"));
        String elder = register(WORKER_EAST_1, EAST_1, "沈秀珍", idOf("13052719440202002"));
        String releasedMembership = join(WORKER_EAST_1, released, "RELEASED_PRISONER");
        join(WORKER_EAST_1, elder, "EMPTY_NEST_ELDERLY");

        List<String> inEast1 = http.get("/api/memberships?unit=" + EAST_1 + "&group=RELEASED_PRISONER", WORKER_EAST_1)
                .body().findValuesAsString("id");
        List<String> searched = http.post("/api/residents/search", WORKER_EAST_1,
                "{\"unit\":\"" + EAST_1 + "\",\"group\":\"RELEASED_PRISONER\"}").body().findValuesAsString("id");
        http.post("/api/residents/" + released + "/move", Nanhe.townLeader(), "{\"gridCode\":\"" + EAST_2 + "\"}");
        List<String> inEast2 = http.get("/api/memberships?group=RELEASED_PRISONER", WORKER_EAST_2).body()
                .findValuesAsString("id");
        List<String> townWide = http.get("/api/memberships?unit=" + Nanhe.TOWN + "&group=RELEASED_PRISONER",
                Nanhe.townLeader()).body().findValuesAsString("id");
        Http.Response inspectorByGroup = http.get("/api/memberships?group=RELEASED_PRISONER", Nanhe.inspector());
        Http.Response inspectorSearch = http.post("/api/residents/search", Nanhe.inspector(),
                "{\"group\":\"RELEASED_PRISONER\"}");

        assertThat(inEast1).containsExactly(releasedMembership);
        assertThat(searched).containsExactly(released);
        assertThat(inEast2).containsExactly(releasedMembership);
        assertThat(townWide).containsExactly(releasedMembership);
        assertThat(inspectorByGroup.status()).isEqualTo(403);
        assertThat(inspectorSearch.status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("""
                select count(*) from personal_data_access
                 where subject_kind = 'RESIDENT' and subject_id = ?::uuid and purpose = 'SPECIAL_GROUP_CARE'
                """, Integer.class, released)).isEqualTo(1);
    }

    @Test
    void eventsCarryTheMembershipAloneNeverTheGroupOrTheMember() {
        try (Recording recording = EventStreams.record(Topics.POPULATION_EVENTS)) {
            String resident = register(WORKER_EAST_1, EAST_1, "杨春梅", idOf("13052719750909002"));
            String membership = join(WORKER_EAST_1, resident, "COMMUNITY_CORRECTION");
            http.put("/api/memberships/" + membership + "/care", WORKER_EAST_1, "{\"riskLevel\":\"HIGH\"}");
            http.post("/api/visits", WORKER_EAST_1, """
                    {"residentId":"%s","membershipId":"%s","visitedAt":"%s"}
                    """.formatted(resident, membership, Instant.now().minusSeconds(60)));
            http.post("/api/memberships/" + membership + "/end", WORKER_EAST_1, "{\"reason\":\"NO_LONGER_ELIGIBLE\"}");

            StreamedEvent left = recording.await(event -> event.event().getType().endsWith("special-group-left.v2"));
            List<StreamedEvent> ofMembership = recording.events().stream()
                    .filter(event -> event.key().equals(membership)).toList();

            assertThat(ofMembership).extracting(event -> event.event().getType().replace("org.gridgov.population.", ""))
                    .containsExactly("special-group-joined.v2", "special-group-care-changed.v2", "visit-logged.v2",
                            "special-group-left.v2");
            assertThat(left.key()).isEqualTo(membership);
            assertThat(ofMembership).allSatisfy(event -> assertThat(new String(event.event().getData().toBytes(),
                    StandardCharsets.UTF_8)).doesNotContain(resident, "COMMUNITY_CORRECTION", "NO_LONGER_ELIGIBLE"));
            assertThat(ofMembership.getFirst().data(SpecialGroupJoinedV2.class).carerAccountIds())
                    .containsExactly("carer-east-1");
            VisitLoggedV2 visit = ofMembership.get(2).data(VisitLoggedV2.class);
            assertThat(visit.residentId()).isNull();
            assertThat(visit.householdId()).isNull();
            assertThat(recording.events()).noneSatisfy(event -> assertThat(event.event().getType()).endsWith(".v1")
                    .containsAnyOf("special-group", "visit-"));
        }
    }

    @Test
    void birthDatesAreSealedToTheirRowAndShownOnlyInAFullView() {
        String resident = register(WORKER_EAST_1, EAST_1, "秦淑华", idOf("13052719521212002"));

        String stored = jdbc.queryForObject("select birth_date from resident where id = ?::uuid", String.class, resident);
        JsonNode full = http.get("/api/residents/" + resident, WORKER_EAST_1).body();
        JsonNode masked = http.get("/api/residents/" + resident, Nanhe.inspector()).body();

        assertThat(stored).startsWith("test-2:s1:").doesNotContain("1952");
        assertThat(cipher.decrypt(stored, PersonalData.BIRTH_DATE.row(resident))).isEqualTo("1952-12-12");
        assertThat(full.get("birthDate").asString()).isEqualTo("1952-12-12");
        assertThat(masked.get("birthDate").isNull()).isTrue();
    }

    private static String idOf(String first17) {
        return first17 + IdCardNumber.checkCharacterOf(first17);
    }

    private long membershipReads(String membership) {
        return jdbc.queryForObject("select count(*) from personal_data_access where subject_kind = 'MEMBERSHIP'"
                + " and subject_id = ?::uuid", Long.class, membership);
    }

    private String register(String token, String grid, String name, String idNumber) {
        return http.post("/api/residents", token, """
                {"gridCode":"%s","name":"%s","idNumber":"%s"}
                """.formatted(grid, name, idNumber)).id();
    }

    private String join(String token, String resident, String group) {
        return http.post("/api/memberships", token, """
                {"residentId":"%s","group":"%s","riskLevel":"LOW","carerAccountIds":["carer-east-1"]}
                """.formatted(resident, group)).id();
    }
}
