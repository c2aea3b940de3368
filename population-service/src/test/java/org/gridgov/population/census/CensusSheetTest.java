package org.gridgov.population.census;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CensusSheetTest {

    private static final String CSV = "序号,姓名*,公民身份号码,网格编码,备注\n1,王秀英,130527194801010028,130527100201001,\n,,,,\n2,\"李,建国\",130527195006120011,130527100201001,x\n";

    @Test
    void csvInUtf8WithABomGivesRowsNumberedAsTheSpreadsheetShows() {
        List<CensusRow> rows = read("a.csv", ("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_8));

        assertThat(rows).extracting(CensusRow::number).containsExactly(2, 4);
        assertThat(rows.get(0).get(Column.NAME)).isEqualTo("王秀英");
        assertThat(rows.get(1).get(Column.NAME)).isEqualTo("李,建国");
        assertThat(rows.get(1).get(Column.GRID_CODE)).isEqualTo("130527100201001");
    }

    @Test
    void csvSavedByExcelInGb18030IsReadToo() {
        List<CensusRow> rows = read("a.csv", CSV.getBytes(Charset.forName("GB18030")));

        assertThat(rows.get(0).get(Column.NAME)).isEqualTo("王秀英");
    }

    @Test
    void xlsxIsReadByItsHeadings() throws IOException {
        byte[] workbook = CensusImportTest.workbook(new String[][] {
                {"网格编码", "姓名", "身份证号码"}, {"130527100201001", "王秀英", "130527194801010028"}});

        List<CensusRow> rows = read("a.xlsx", workbook);

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get(Column.ID_NUMBER)).isEqualTo("130527194801010028");
        assertThat(rows.get(0).number()).isEqualTo(2);
    }

    @Test
    void sheetWithoutARequiredColumnIsRefusedNamingIt() {
        assertThatThrownBy(() -> read("a.csv", "姓名,网格编码\n王秀英,130527100201001\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidSheetException.class)
                .satisfies(e -> assertThat(((InvalidSheetException) e).missingColumns()).containsExactly("公民身份号码"));
    }

    @Test
    void csvWithAQuoteClosedInMidCellIsRefusedAsASheetNotAFailure() {
        String broken = "姓名,公民身份号码,网格编码\n\"王\">秀英,130527194801010028,130527100201001\n";

        assertThatThrownBy(() -> read("a.csv", broken.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidSheetException.class)
                .hasMessage("the CSV cannot be read");
    }

    @Test
    void fileThatIsNoWorkbookIsRefused() {
        assertThatThrownBy(() -> read("a.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidSheetException.class);
    }

    private static List<CensusRow> read(String name, byte[] content) {
        List<CensusRow> rows = new ArrayList<>();
        CensusSheet.of(name, content).read(rows::add);
        return rows;
    }
}
