package se.ambassadorsportalen.platform.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableFileTest {

    /** Keeps every row it is handed. */
    static final class Kept implements TableFile.Rows {
        final List<List<String>> rows = new ArrayList<>();
        List<String> header;

        @Override
        public boolean header(long line, List<String> cells) {
            header = List.copyOf(cells);
            return true;
        }

        @Override
        public void row(long line, List<String> cells) {
            rows.add(List.copyOf(cells));
        }

        @Override
        public long rowsRead() {
            return rows.size();
        }
    }

    @Test
    void numberCellsReachTheChecksAsTheirPlainValueWhateverTheirDisplayFormat() {
        assertThat(Workbook.PlainNumbers.plain(4.0)).isEqualTo("4");
        assertThat(Workbook.PlainNumbers.plain(0.8)).isEqualTo("0.8");
        assertThat(Workbook.PlainNumbers.plain(1e20)).isEqualTo("100000000000000000000");
    }

    @Test
    void aCellReferenceGivesItsColumnFromItsLetters() {
        assertThat(Workbook.column("A1")).isZero();
        assertThat(Workbook.column("K12")).isEqualTo(10);
        assertThat(Workbook.column("AA3")).isEqualTo(26);
        assertThat(Workbook.column("XFD1048576")).isEqualTo(16_383);
    }

    @Test
    void dateCellsOfAWorkbookReachTheChecksAsIsoDates() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("slutdatum");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d/m/yy"));
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(LocalDate.of(2026, 6, 30));
            row.getCell(0).setCellStyle(date);
            workbook.write(out);
            bytes = out.toByteArray();
        }
        Kept kept = new Kept();

        TableFile.Outcome outcome = TableFile.read(bytes, kept, new ImportProgress());

        assertThat(outcome.format()).isEqualTo(TableFile.Format.XLSX);
        assertThat(kept.rows).containsExactly(List.of("2026-06-30"));
    }

    @Test
    void csvInWindows1252WithSemicolonsIsReadWithItsSwedishLetters() {
        byte[] bytes = "namn;ort\nÅsa Öberg;Växjö\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Kept kept = new Kept();

        TableFile.Outcome outcome = TableFile.read(bytes, kept, new ImportProgress());

        assertThat(outcome.charset()).isEqualTo(java.nio.charset.Charset.forName("windows-1252"));
        assertThat(kept.header).containsExactly("namn", "ort");
        assertThat(kept.rows).containsExactly(List.of("Åsa Öberg", "Växjö"));
    }

    @Test
    void aPdfIsRefusedBeforeAnyRowIsRead() {
        byte[] bytes = "%PDF-1.7\u0000\u0001".getBytes(StandardCharsets.ISO_8859_1);
        Kept kept = new Kept();

        assertThat(TableFile.read(bytes, kept, new ImportProgress()).refusal())
                .isEqualTo(TableFile.Refusal.NOT_CSV_OR_EXCEL);
        assertThat(kept.header).isNull();
    }
}
