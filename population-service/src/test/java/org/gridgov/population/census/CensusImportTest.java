package org.gridgov.population.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridgov.population.Nanhe.EAST_1;
import static org.gridgov.population.Nanhe.EAST_2;
import static org.gridgov.population.Nanhe.WEST_1;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gridgov.population.Http;
import org.gridgov.population.Nanhe;
import org.gridgov.population.PopulationServiceTest;
import org.gridgov.population.identity.IdCardNumber;
import org.gridgov.runtime.units.UnitReplica;
import org.gridgov.testing.DevTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@PopulationServiceTest
class CensusImportTest {

    private static final String LEADER = Nanhe.townLeader();
    private static final String HEADINGS = "序号,姓名,性别,公民身份号码,出生日期,民族,联系电话,户籍地,现住址,网格编码,户编号,与户主关系,人员类别,特殊人群\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UnitReplica units;

    private Http http;

    @BeforeEach
    void territory() {
        Nanhe.load(units);
        http = new Http(port);
    }

    @Test
    void csvImportEntersPeopleInTheirHouseholdsAndReImportEntersNobodyTwice() {
        byte[] sheet = (HEADINGS
                + "1,韩志强,男,%s,1972-05-01,汉族,13803191001,河北省邢台市南和区,和阳镇东街12号,%s,H0001,户主,户籍人口\n"
                + "2,杨丽,女,%s,,汉族,,河北省邢台市南和区,和阳镇东街12号,%s,H0001,妻,户籍人口\n"
                + "3,韩小龙,男,%s,,汉族,,河北省邢台市南和区,和阳镇东街12号,%s,H0001,子,户籍人口,残疾人\n"
                + "4,秦海,男,%s,,回族,13803191002,河南省郑州市,和阳镇东街15号,%s,H0002,户主,流入人口\n")
                .formatted(id("13052719720501001"), EAST_2, id("13052719740303002"), EAST_2,
                        id("13052720000101003"), EAST_2, id("41010219800101001"), EAST_2)
                .getBytes(StandardCharsets.UTF_8);

        JsonNode first = http.upload("/api/census/imports", LEADER, "东街村二组.csv", sheet).body();
        JsonNode again = http.upload("/api/census/imports", LEADER, "东街村二组.csv", sheet).body();

        assertThat(first.get("imported").asInt()).isEqualTo(4);
        assertThat(first.get("householdsFormed").asInt()).isEqualTo(2);
        assertThat(first.get("specialGroupMemberships").asInt()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select account_id from membership_carer", String.class)).isEqualTo("worker-east-2");
        assertThat(first.get("written").asBoolean()).isTrue();
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(again.get("alreadyOnLedger").asInt()).isEqualTo(4);
        assertThat(count("select count(*) from resident where grid_code = '" + EAST_2 + "'")).isEqualTo(4);
        assertThat(count("select count(*) from household where grid_code = '" + EAST_2 + "'")).isEqualTo(2);
        assertThat(count("select count(*) from house where grid_code = '" + EAST_2 + "'")).isEqualTo(2);
        assertThat(count("select count(*) from household where head_resident_id is not null and grid_code = '" + EAST_2 + "'")).isEqualTo(2);
        assertThat(count("select count(*) from resident where residence_status = 'FLOATING_IN' and grid_code = '" + EAST_2 + "'")).isEqualTo(1);
    }

    @Test
    void badRowsAreReportedByNumberAndReasonAndAllOrNothingWritesNothing() {
        byte[] sheet = (HEADINGS
                + "1,蒋文,男,%s,,汉族,,,,%s,,,\n"
                + "2,沈静,女,%s,,汉族,,,,%s,,,\n"
                + "3,韦东,男,%s,,汉族,,,,130527100201077,,,\n"
                + "4,蒋文,男,%s,,汉族,,,,%s,,,\n"
                + "5,朱红,男,%s,,汉族,,,,%s,,,\n"
                + "6,许飞,男,%s,,汉族,,,,%s,,,外星人口\n")
                .formatted(id("13052719810101001"), WEST_1, "130527198202020021", WEST_1, id("13052719830303003"),
                        id("13052719810101001"), WEST_1, id("13052719840404004"), WEST_1, id("13052719850505005"), WEST_1)
                .getBytes(StandardCharsets.UTF_8);

        JsonNode refused = http.upload("/api/census/imports", LEADER, "西街村.csv", sheet).body();
        int afterRefusal = count("select count(*) from resident where grid_code = '" + WEST_1 + "'");
        JsonNode perRow = http.upload("/api/census/imports?mode=PER_ROW", LEADER, "西街村.csv", sheet).body();

        assertThat(refused.get("written").asBoolean()).isFalse();
        assertThat(refused.get("imported").asInt()).isZero();
        assertThat(afterRefusal).isZero();
        assertThat(refused.get("problems").findValuesAsString("reason")).containsExactly(
                "id-number-check-digit", "unknown-grid", "duplicate-in-file", "id-number-sex-mismatch", "status-unknown");
        assertThat(refused.get("problems").findValues("row")).extracting(JsonNode::asInt).containsExactly(3, 4, 5, 6, 7);
        assertThat(refused.toString()).doesNotContain("130527198202020021", "沈静");
        assertThat(perRow.get("imported").asInt()).isEqualTo(1);
        assertThat(perRow.get("refused").asInt()).isEqualTo(5);
        assertThat(count("select count(*) from resident where grid_code = '" + WEST_1 + "'")).isEqualTo(1);
    }

    @Test
    void xlsxWithChineseHeadingsImportsLikeCsv() throws IOException {
        byte[] workbook = workbook(new String[][] {
                {"姓名", "身份证号", "性别", "网格编码", "户号", "与户主关系"},
                {"曹秀梅", id("13052719600808002"), "女", EAST_1, "X-9", "户主"},
                {"曹建", id("13052719880808001"), "男", EAST_1, "X-9", "儿子"}});

        JsonNode report = http.upload("/api/census/imports", LEADER, "网格一.xlsx", workbook).body();

        assertThat(report.get("imported").asInt()).isEqualTo(2);
        assertThat(report.get("householdsFormed").asInt()).isEqualTo(1);
    }

    @Test
    void sheetWithoutTheIdNumberColumnIsRefusedWhole() {
        Http.Response response = http.upload("/api/census/imports", LEADER, "缺列.csv",
                "姓名,网格编码\n张三,130527100201001\n".getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("missingColumns").get(0).asString()).isEqualTo("公民身份号码");
    }

    @Test
    void leaderCannotImportIntoAnotherVillage() {
        byte[] sheet = (HEADINGS + "1,尤明,男,%s,,汉族,,,,%s,,,\n").formatted(id("13052719900101011"), WEST_1)
                .getBytes(StandardCharsets.UTF_8);
        String eastVillageLeader = DevTokens.forAccount("leader-east").roles("GRID_LEADER").scope(EAST_1.substring(0, 12)).sign();

        JsonNode report = http.upload("/api/census/imports?mode=PER_ROW", eastVillageLeader, "外网格.csv", sheet).body();

        assertThat(report.get("problems").findValuesAsString("reason")).containsExactly("grid-outside-territory");
    }

    @Test
    void aGridWorkerImportsNoCensusSheet() {
        byte[] sheet = (HEADINGS + "1,尤明,男,%s,,汉族,,,,%s,,,\n").formatted(id("13052719900101011"), EAST_1)
                .getBytes(StandardCharsets.UTF_8);

        Http.Response refused = http.upload("/api/census/imports", Nanhe.gridWorker("worker-east-1", EAST_1), "网格.csv", sheet);

        assertThat(refused.status()).isEqualTo(403);
    }

    static String id(String first17) {
        return first17 + IdCardNumber.checkCharacterOf(first17);
    }

    static byte[] workbook(String[][] rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("人口");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
