package org.gridgov.population.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.population.Nanhe.EAST_1;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.gridgov.events.Topics;
import org.gridgov.population.Http;
import org.gridgov.population.Nanhe;
import org.gridgov.population.PopulationServiceTest;
import org.gridgov.population.identity.IdCardNumber;
import org.gridgov.runtime.units.UnitReplica;
import org.gridgov.testing.EventStreams;
import org.gridgov.testing.Recording;
import org.gridgov.testing.StreamedEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * After a scenario touching every kind of record, dumps every table, every event written and the
 * captured logs, and finds no ID number, phone, name, address, birth date or special group in plain
 * text.
 */
@PopulationServiceTest
@ExtendWith(OutputCaptureExtension.class)
class NoPlaintextAnywhereTest {

    private static final String WORKER = Nanhe.gridWorker("worker-east-1", EAST_1);

    private static final String NAME = "欧阳淑珍";
    private static final String ID_NUMBER = id("13052719410707002");
    private static final String PHONE = "13903190111";
    private static final String ADDRESS = "和阳镇东街村槐树胡同8号";
    private static final String FLOATING_NAME = "慕容光辉";
    private static final String FLOATING_ID = id("41010219850909001");
    private static final String FLOATING_PHONE = "13903190222";
    private static final String PERMIT = "R4101022026778899";
    private static final String CONTACT_NAME = "诸葛明亮";
    private static final String CONTACT_PHONE = "13903190333";
    private static final String CENSUS_NAME = "司马秋菊";
    private static final String CENSUS_ID = id("13052719590303002");
    private static final String FINDINGS = "独居，左腿行动不便";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UnitReplica units;

    @Test
    void noPlaintextInTablesEventsOrLogsAfterTheWholeLedgerIsUsed(CapturedOutput logs) {
        Nanhe.load(units);
        Http http = new Http(port);
        List<StreamedEvent> events;
        try (Recording recording = EventStreams.record(Topics.POPULATION_EVENTS, Topics.POPULATION_EVENTS + ".dlt")) {
            String house = http.post("/api/houses", WORKER, """
                    {"gridCode":"%s","kind":"RESIDENTIAL","address":"%s"}""".formatted(EAST_1, ADDRESS)).id();
            String person = http.post("/api/residents", WORKER, """
                    {"gridCode":"%s","name":"%s","idNumber":"%s","phone":"%s","registeredPlace":"%s","houseId":"%s"}
                    """.formatted(EAST_1, NAME, ID_NUMBER, PHONE, ADDRESS, house)).id();
            String household = http.post("/api/households", WORKER, "{\"headResidentId\":\"" + person + "\"}").id();
            String membership = http.post("/api/memberships", WORKER, """
                    {"residentId":"%s","group":"EMPTY_NEST_ELDERLY","riskLevel":"MEDIUM","carerAccountIds":["worker-east-1"]}
                    """.formatted(person)).id();
            http.post("/api/memberships", WORKER, """
                    {"residentId":"%s","group":"DRUG_REHABILITATION","riskLevel":"HIGH","carerAccountIds":["worker-east-1"]}
                    """.formatted(person));
            http.post("/api/visits", WORKER, """
                    {"residentId":"%s","membershipId":"%s","visitedAt":"%s","findings":"%s","readings":{"systolic":142,"diastolic":88}}
                    """.formatted(person, membership, Instant.now().minusSeconds(30), FINDINGS));
            String floating = http.post("/api/residents/arrivals", WORKER, """
                    {"gridCode":"%s","name":"%s","idNumber":"%s","phone":"%s","fromDivisionCode":"410102",
                     "residencePermitNumber":"%s","arrivedOn":"2026-01-10","expectedStayUntil":"2026-10-01"}
                    """.formatted(EAST_1, FLOATING_NAME, FLOATING_ID, FLOATING_PHONE, PERMIT)).id();
            http.post("/api/residents/" + floating + "/departure", WORKER, "{\"reason\":\"FLOATING_DEPARTURE\",\"toDivisionCode\":\"410102\"}");
            http.post("/api/entities", WORKER, """
                    {"gridCode":"%s","creditCode":"91130527MA0A1B2C3R","name":"南和区东街粮油店","kind":"SHOP",
                     "contactName":"%s","contactPhone":"%s"}""".formatted(EAST_1, CONTACT_NAME, CONTACT_PHONE));
            http.upload("/api/census/imports", Nanhe.townLeader(), "普查.csv", ("姓名,公民身份号码,联系电话,现住址,网格编码,户编号,与户主关系,特殊人群\n"
                    + CENSUS_NAME + "," + CENSUS_ID + ",13903190444,和阳镇东街村柳树胡同3号," + EAST_1 + ",P-1,户主,严重精神障碍患者\n")
                    .getBytes(StandardCharsets.UTF_8));
            // Reads in full, refusals that name the fields, a lookup by ID number.
            http.get("/api/residents/" + person, WORKER);
            http.get("/api/memberships/" + membership, WORKER);
            http.get("/api/memberships?group=DRUG_REHABILITATION", WORKER);
            http.get("/api/visits/due?withinDays=90", WORKER);
            http.get("/api/residents/" + person + "/export?purpose=DATA_SUBJECT_REQUEST", Nanhe.townLeader());
            http.get("/api/households/" + household + "?purpose=HOME_VISIT", Nanhe.townLeader());
            http.post("/api/residents", WORKER, """
                    {"gridCode":"%s","name":"%s","idNumber":"%s"}""".formatted(EAST_1, NAME, ID_NUMBER.substring(0, 17) + "0"));
            http.post("/api/residents", WORKER, """
                    {"gridCode":"%s","name":"%s","idNumber":"%s","phone":"%s"}""".formatted(EAST_1, NAME, ID_NUMBER, PHONE));
            http.post("/api/residents/search", WORKER, "{\"idNumber\":\"" + ID_NUMBER + "\"}");
            // Every change above ends with a grid count; the last one published means all are.
            recording.await(event -> event.event().getType().endsWith("grid-counted.v1")
                    && jdbc.queryForObject("select count(*) from gridgov_outbox where sent_at is null", Integer.class) == 0);
            events = recording.events();
        }

        String tables = dumpEveryTable();
        String topics = String.join("\n", events.stream().map(StreamedEvent::toJsonLine).toList());
        List<String> secrets = List.of(NAME, ID_NUMBER, PHONE, ADDRESS, FLOATING_NAME, FLOATING_ID, FLOATING_PHONE, PERMIT,
                CONTACT_NAME, CONTACT_PHONE, CENSUS_NAME, CENSUS_ID, "13903190444", FINDINGS,
                // Birth dates, as stored before they were sealed, and the special groups (PIPL Art. 28).
                "1941-07-07", "1985-09-09", "1959-03-03", "EMPTY_NEST_ELDERLY", "DRUG_REHABILITATION",
                "SERIOUS_MENTAL_ILLNESS");
        assertThat(events).hasSizeGreaterThan(8);
        assertThat(tables).contains("personal_data_access", "resident");
        for (String secret : secrets) {
            assertThat(tables).as("tables").doesNotContain(secret);
            assertThat(topics).as("events").doesNotContain(secret);
            assertThat(logs.getAll()).as("logs").doesNotContain(secret);
        }
        // The family name alone would show in a mask; the masked ID's middle digits never.
        assertThat(tables).doesNotContain(ID_NUMBER.substring(4, 14));
    }

    private String dumpEveryTable() {
        StringBuilder dump = new StringBuilder();
        for (String table : jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = current_schema() order by 1", String.class)) {
            dump.append("== ").append(table).append('\n');
            for (Map<String, Object> row : jdbc.queryForList("select * from " + table)) {
                row.values().forEach(value -> dump.append(value instanceof byte[] bytes
                        ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value)).append('|'));
                dump.append('\n');
            }
        }
        return dump.toString();
    }

    private static String id(String first17) {
        return first17 + IdCardNumber.checkCharacterOf(first17);
    }
}
