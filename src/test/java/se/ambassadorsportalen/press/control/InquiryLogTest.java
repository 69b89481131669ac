package se.ambassadorsportalen.press.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class InquiryLogTest {

    private static final List<String> HEADER = List.of(
            "Id",
            "Mottagen",
            "Journalist",
            "Redaktion",
            "Kanal",
            "Fråga",
            "Ämnen",
            "Deadline",
            "Handläggare",
            "Status",
            "Besvarad");
    private static final LocalDateTime RECEIVED = LocalDateTime.of(2026, 3, 2, 9, 15);

    private static InquiryLog.Line line(long id, String journalist, String question, LocalDateTime answeredAt) {
        return new InquiryLog.Line(
                id,
                RECEIVED,
                journalist,
                "Fjällmarks-Kuriren",
                "Telefon",
                question,
                "VARD",
                RECEIVED.plusHours(4),
                "Petra Presskvist",
                "Besvarad",
                answeredAt);
    }

    @Test
    void csvHasTheHeaderAndOneRecordPerLineWithTimesToTheMinute() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InquiryLog.Writer log = InquiryLog.csv(HEADER, out)) {
            log.add(line(7, "Anna Ek", "Hur långa är köerna?", RECEIVED.plusHours(2)));
            log.finish();
        }
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines)
                .containsExactly(
                        String.join(",", HEADER),
                        "7,2026-03-02 09:15,Anna Ek,Fjällmarks-Kuriren,Telefon,Hur långa är köerna?,VARD,2026-03-02 13:15,"
                                + "Petra Presskvist,Besvarad,2026-03-02 11:15");
    }

    @Test
    void csvForExcelStartsWithAByteOrderMarkAndSeparatesCellsWithSemicolons() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InquiryLog.Writer log = InquiryLog.excelCsv(HEADER, out)) {
            log.add(line(7, "Anna Ek", "Köer; väntetider", null));
            log.finish();
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\ufeff" + String.join(";", HEADER) + "\r\n");
        assertThat(text.lines().skip(1).findFirst().orElseThrow())
                .startsWith("7;2026-03-02 09:15;Anna Ek;Fjällmarks-Kuriren;Telefon;\"Köer; väntetider\";");
    }

    @Test
    void csvQuotesCommasAndMarksUserTextThatWouldStartAFormulaAsText() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InquiryLog.Writer log = InquiryLog.csv(HEADER, out)) {
            log.add(line(8, "=HYPERLINK(\"x\")", "Köer, väntetider", null));
            log.finish();
        }
        String record =
                out.toString(StandardCharsets.UTF_8).lines().skip(1).findFirst().orElseThrow();
        assertThat(record)
                .startsWith("8,2026-03-02 09:15,\"'=HYPERLINK(\"\"x\"\")\",")
                .contains(",\"Köer, väntetider\",")
                .endsWith(",Besvarad,");
    }

    @Test
    void workbookHasABoldFrozenHeaderDateCellsForTimesAndUserTextOnlyAsText() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InquiryLog.Writer log = InquiryLog.workbook("Medieförfrågningar", HEADER, out)) {
            log.add(line(7, "Anna Ek", "Hur långa är köerna?", null));
            log.add(line(8, "=1+1", "x", RECEIVED.plusDays(1)));
            log.finish();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("Medieförfrågningar");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Fråga");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(7);
            assertThat(first.getCell(1).getLocalDateTimeCellValue()).isEqualTo(RECEIVED);
            assertThat(first.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
            assertThat(first.getCell(10)).as("no answer yet, no cell").isNull();
            Row second = sheet.getRow(2);
            assertThat(second.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(second.getCell(10).getLocalDateTimeCellValue()).isEqualTo(RECEIVED.plusDays(1));
        }
    }

    @Test
    void aWorkbookClosedWithoutFinishingWritesNothing() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InquiryLog.Writer log = InquiryLog.workbook("Log", HEADER, out)) {
            log.add(line(7, "Anna Ek", "?", null));
        }
        assertThat(out.size()).isZero();
    }
}
