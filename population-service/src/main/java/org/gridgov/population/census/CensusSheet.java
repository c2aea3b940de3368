package org.gridgov.population.census;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/**
 * A census sheet, CSV or XLSX, read row by row (an XLSX through POI's streaming reader, so a county's
 * 540,000 rows never sit in memory as a workbook). The first row holds the Chinese headings
 * ({@link Column}); unknown headings (序号, 备注, …) are ignored.
 */
abstract class CensusSheet {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    private static final Charset GB18030 = Charset.forName("GB18030");

    /** Reads by the file's name: {@code .xlsx} as a workbook, anything else as CSV. */
    static CensusSheet of(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") ? new Xlsx(content) : new Csv(content);
    }

    /** Hands every data row, in order, to {@code rows}; blank rows are skipped. */
    abstract void read(Consumer<CensusRow> rows);

    /** Maps headings to columns; refuses a sheet without a required column. */
    static Map<Integer, Column> columnsOf(List<String> headings) {
        Map<Integer, Column> columns = new HashMap<>();
        for (int i = 0; i < headings.size(); i++) {
            int index = i;
            Column.ofHeading(headings.get(i)).ifPresent(column -> columns.put(index, column));
        }
        List<String> missing = new ArrayList<>();
        for (Column column : Column.values()) {
            if (column.required() && !columns.containsValue(column)) {
                missing.add(column.heading());
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidSheetException("the sheet lacks the column(s) " + String.join(", ", missing), missing);
        }
        return columns;
    }

    static final class Csv extends CensusSheet {

        private final byte[] content;

        Csv(byte[] content) {
            this.content = content;
        }

        @Override
        void read(Consumer<CensusRow> rows) {
            try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), charsetOf(content));
                 MappingIterator<String[]> records = CSV.readerFor(String[].class).readValues(reader)) {
                if (!records.hasNext()) {
                    throw new InvalidSheetException("the sheet is empty", List.of());
                }
                Map<Integer, Column> columns = columnsOf(List.of(records.next()));
                int number = 1;
                while (records.hasNext()) {
                    String[] record = records.next();
                    number++;
                    Map<Column, String> cells = new EnumMap<>(Column.class);
                    columns.forEach((index, column) -> {
                        if (index < record.length) {
                            cells.put(column, record[index]);
                        }
                    });
                    CensusRow row = new CensusRow(number, cells);
                    if (!row.isBlank()) {
                        rows.accept(row);
                    }
                }
            } catch (IOException | JacksonException e) {
                // Jackson 3's exceptions are unchecked: a quote closed in mid-cell escaped the IOException catch as a 500.
                throw new InvalidSheetException("the CSV cannot be read", List.of());
            }
        }

        /** UTF-8 when the bytes are valid UTF-8, else GB18030: what Excel on a Chinese Windows saves. */
        private static Charset charsetOf(byte[] content) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
                return StandardCharsets.UTF_8;
            } catch (CharacterCodingException e) {
                return GB18030;
            }
        }
    }

    static final class Xlsx extends CensusSheet {

        private final byte[] content;

        Xlsx(byte[] content) {
            this.content = content;
        }

        @Override
        void read(Consumer<CensusRow> rows) {
            try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(content))) {
                XSSFReader reader = new XSSFReader(workbook);
                var sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    throw new InvalidSheetException("the workbook has no sheet", List.of());
                }
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                        new ReadOnlySharedStringsTable(workbook), new RowCollector(rows), new DataFormatter(Locale.ROOT), false));
                try (InputStream first = sheets.next()) {
                    parser.parse(new InputSource(first));
                }
            } catch (InvalidSheetException e) {
                throw e;
            } catch (Exception e) {
                throw new InvalidSheetException("the workbook cannot be read as XLSX", List.of());
            }
        }
    }

    /** Turns the streaming reader's cells into rows: the first row's cells are the headings. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final Consumer<CensusRow> rows;
        private final List<String> headings = new ArrayList<>();
        private Map<Integer, Column> columns;
        private Map<Column, String> cells;
        private int number;

        RowCollector(Consumer<CensusRow> rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            number = rowNum + 1;
            cells = new EnumMap<>(Column.class);
        }

        @Override
        public void endRow(int rowNum) {
            if (columns == null) {
                columns = columnsOf(headings);
                return;
            }
            CensusRow row = new CensusRow(number, cells);
            if (!row.isBlank()) {
                rows.accept(row);
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int index = new CellReference(reference).getCol();
            if (columns == null) {
                while (headings.size() < index) {
                    headings.add("");
                }
                headings.add(formattedValue);
            } else {
                Column column = columns.get(index);
                if (column != null) {
                    cells.put(column, formattedValue);
                }
            }
        }
    }
}
